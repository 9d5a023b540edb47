package repository

import "testing"

func TestMayHoldModuleBlock(t *testing.T) {
	for src, want := range map[string]bool{
		`module "net" { source = "./net" }`:                    true,
		"locals {}\nmodule\t\"net\" {\n}":                      true,
		`module net { source = "./net" }`:                      true,
		`module /* the network */ "net" {}`:                    true,
		`resource "a" "b" { vpc_id = module.net.vpc_id }`:      false,
		`variable "module_name" {}`:                            false,
		`locals { x = "submodule" }`:                           false,
		`locals { x = "a module" }`:                            true, // prose may look like a header: parsed, harmless
		`resource "a" "b" { name = my-module }`:                false,
		"module.net.id\nmodule \"app\" { source = \"./app\" }": true,
		"":       false,
		"module": false,
	} {
		if got := mayHoldModuleBlock([]byte(src)); got != want {
			t.Errorf("mayHoldModuleBlock(%q) = %v, want %v", src, got, want)
		}
	}
}
