package rules

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// A root whose provider blocks all have an alias still has a default aws
// provider: Terraform gives an implicit, empty one to every resource and
// module that names none. This file finds what uses it and says so.

// implicitDefaultUser is a resource that gets the implicit default aws provider.
type implicitDefaultUser struct {
	address string
	// module holds at, the user's block.
	module *model.Module
	at     hcl.Range
}

// implicitDefaultUsers lists the resources of a root without a default
// provider block, and of the modules it can read, that get the implicit
// default configuration, whose region comes from the environment. Data
// sources deploy nothing: a data "aws_caller_identity" left on the implicit
// default does not make the root a one-region deployment. A module that
// cannot be read (not installed) and names no provider may deploy nothing
// (an IP allow-list module of outputs only) or anything: no verdict on it.
func implicitDefaultUsers(cfg *model.Config) []implicitDefaultUser {
	implicit := cfg.Module.Provider("aws")
	var users []implicitDefaultUser
	cfg.Module.Walk(func(m *model.Module) {
		for _, res := range m.Resources {
			if res.Provider == implicit && !res.Absent() {
				users = append(users, implicitDefaultUser{address: res.Address(), module: m, at: res.DeclRange})
			}
		}
	})
	return users
}

// implicitDefaultNamed bounds how many users a message names.
const implicitDefaultNamed = 3

// implicitDefaultMessage says which resources and modules get the implicit
// default provider of a root of aliased providers, and how to give them a
// region the configuration sets.
func implicitDefaultMessage(name string, declared bool, users []implicitDefaultUser) string {
	var named []string
	for i, u := range users {
		if i == implicitDefaultNamed {
			named = append(named, fmt.Sprintf("%d more", len(users)-i))
			break
		}
		named = append(named, u.address)
	}
	list := named[0]
	if len(named) > 1 {
		list = strings.Join(named[:len(named)-1], ", ") + " and " + named[len(named)-1]
	}
	gets, it, its := "gets", "it", "its"
	if len(users) > 1 {
		gets, it, its = "get", "them", "their"
	}
	set := fmt.Sprintf("set region = var.%s in a default aws provider block", name)
	if !declared {
		set = fmt.Sprintf("declare variable %q and %s", name, set)
	}
	return fmt.Sprintf("%s %s the default aws provider (nothing names an aliased provider for %s), which this root does not configure, so %s region comes from the environment of whoever runs Terraform (AWS_REGION or the profile) instead of the configuration's inputs. Name one of the root's aliased providers for %s (provider = aws.<alias>, or in the module call's providers map), or %s.",
		list, gets, it, its, it, set)
}
