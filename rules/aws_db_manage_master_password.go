package rules

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/report"
)

// AwsDBManageMasterPasswordRule requires RDS to manage master passwords.
type AwsDBManageMasterPasswordRule struct {
	tflint.DefaultRule
}

// NewAwsDBManageMasterPasswordRule returns the rule.
func NewAwsDBManageMasterPasswordRule() *AwsDBManageMasterPasswordRule {
	return &AwsDBManageMasterPasswordRule{}
}

func (r *AwsDBManageMasterPasswordRule) Name() string              { return "aws_db_manage_master_password" }
func (r *AwsDBManageMasterPasswordRule) Enabled() bool             { return true }
func (r *AwsDBManageMasterPasswordRule) Severity() tflint.Severity { return tflint.ERROR }
func (r *AwsDBManageMasterPasswordRule) Link() string              { return project.ReferenceLink(r.Name()) }

// dbPasswordArgs names each type's password arguments.
var dbPasswordArgs = map[string]struct{ password, writeOnly string }{
	"aws_db_instance": {"password", "password_wo"},
	"aws_rds_cluster": {"master_password", "master_password_wo"},
}

// dbNoPasswordArgs and dbNoPasswordBlocks mark databases that take no master
// password of their own: replicas, restores and imports inherit or bring one.
var (
	dbNoPasswordArgs   = []string{"replicate_source_db", "replication_source_identifier", "snapshot_identifier"}
	dbNoPasswordBlocks = []string{"restore_to_point_in_time", "s3_import"}
)

func (r *AwsDBManageMasterPasswordRule) Check(runner tflint.Runner) error {
	rep := report.New(runner, r)
	cfg := model.For(runner)
	for _, typ := range model.SortedKeys(dbPasswordArgs) {
		args := dbPasswordArgs[typ]
		for _, res := range cfg.ResourcesOfType(typ) {
			checkDatabasePassword(rep, res, args.password, args.writeOnly)
		}
	}
	return rep.Flush()
}

// checkDatabasePassword judges one database, in the module under check or in
// a module it calls: the reporter shows a called module's finding at the
// caller's argument the offending value comes from, else at the module block.
func checkDatabasePassword(rep *report.Reporter, res *model.Resource, passwordArg, writeOnlyArg string) {
	mod := res.Module
	address := res.Address()
	manage := res.Body.Attr("manage_master_user_password")
	managed := false
	if manage != nil {
		on, known := mod.EvalBool(manage.Expr, res)
		if !known && !model.IsKnownNull(mod.Eval(manage.Expr, res)) {
			return
		}
		managed = on
	}
	if managed {
		return
	}
	password := res.Body.Attr(passwordArg)
	if password != nil && model.IsKnownNull(mod.Eval(password.Expr, res)) {
		password = nil
	}
	unsupported := dbManagedUnsupported(mod, res)
	finding := report.Finding{Subject: address, Module: mod, Range: res.DeclRange}
	if password != nil {
		finding.Range, finding.Expr = password.Expr.Range(), password.Expr
		if unsupported != "" {
			finding.Message = fmt.Sprintf("%s sets %s, so the master password is stored in plain text in the Terraform state and plan. RDS cannot manage the password of %s, so use the write-only %s instead.",
				address, passwordArg, unsupported, writeOnlyArg)
			rep.Report(finding)
			return
		}
		finding.Message = fmt.Sprintf("%s sets %s, so the master password is stored in plain text in the Terraform state and plan. Set manage_master_user_password = true to let RDS keep it in Secrets Manager, or use the write-only %s.",
			address, passwordArg, writeOnlyArg)
		finding.Fix = dbFixIn(res, func(f tflint.Fixer) error { return fixManagedPassword(f, res, password, manage) })
		rep.Report(finding)
		return
	}
	if res.Body.Has(writeOnlyArg) || dbHasAnyArg(mod, res, dbNoPasswordArgs) || dbHasAnyBlock(res, dbNoPasswordBlocks) {
		return
	}
	if unsupported != "" {
		return
	}
	if manage == nil {
		finding.Message = fmt.Sprintf("%s sets no master password source. Set manage_master_user_password = true so that RDS creates and rotates the password in Secrets Manager instead of it being set by hand or kept in the Terraform state.",
			address)
		rep.Report(finding)
		return
	}
	finding.Message = fmt.Sprintf("%s turns manage_master_user_password off and sets no %s, so it has no master password source. Set manage_master_user_password = true so that RDS creates and rotates the password in Secrets Manager instead of it being set by hand or kept in the Terraform state.",
		address, passwordArg)
	// A value that comes from elsewhere (a variable) is that input's
	// decision: no fix, and inside a called module the finding goes to the
	// caller's argument that sets it.
	if len(manage.Expr.Variables()) > 0 {
		finding.Expr = manage.Expr
		rep.Report(finding)
		return
	}
	finding.Fix = dbFixIn(res, func(f tflint.Fixer) error {
		if res.Body.IsJSON() || res.Body.Overridden() {
			return tflint.ErrFixNotSupported
		}
		return f.ReplaceText(manage.Expr.Range(), "true")
	})
	rep.Report(finding)
}

// dbFixIn offers a fix only for a database of the module under check: a
// called module's files are shared by all its callers, and TFLint shows the
// finding at the caller, not where the fix would edit.
func dbFixIn(res *model.Resource, fix func(tflint.Fixer) error) func(tflint.Fixer) error {
	if !res.InCheckedModule() {
		return nil
	}
	return fix
}

// fixManagedPassword swaps the password argument for managed passwords.
func fixManagedPassword(f tflint.Fixer, res *model.Resource, password, manage *hcl.Attribute) error {
	// Removing the password from an override file would bring back the
	// base file's, which conflicts with managed passwords.
	if res.Body.IsJSON() || res.Body.Overridden() {
		return tflint.ErrFixNotSupported
	}
	if manage != nil {
		if err := f.ReplaceText(manage.Expr.Range(), "true"); err != nil {
			return err
		}
		return f.RemoveAttribute(password)
	}
	return f.ReplaceText(password.Range, "manage_master_user_password = true")
}

// dbManagedUnsupported names the kind of database RDS cannot manage the
// master password of (Secrets Manager integration limitations in the RDS and
// Aurora user guides), or returns "" when it can or that cannot be known.
func dbManagedUnsupported(mod *model.Module, res *model.Resource) string {
	if res.Type == "aws_rds_cluster" {
		if dbHasAnyArg(mod, res, []string{"global_cluster_identifier"}) {
			return "a cluster in an Aurora global database"
		}
		if a := res.Body.Attr("engine_mode"); a != nil {
			if mode, ok := mod.EvalString(a.Expr, res); ok && mode == "serverless" {
				return "an Aurora Serverless v1 cluster"
			}
		}
		return ""
	}
	if a := res.Body.Attr("engine"); a != nil {
		if engine, ok := mod.EvalString(a.Expr, res); ok && strings.HasPrefix(engine, "custom-") {
			return "an RDS Custom instance"
		}
	}
	for _, bg := range res.Body.AllBlocks("blue_green_update") {
		if a := bg.Body.Attr("enabled"); a != nil {
			if on, ok := mod.EvalBool(a.Expr, res); ok && on && !bg.Dynamic {
				return "an instance updated with blue/green deployments"
			}
		}
	}
	return ""
}

// dbHasAnyArg reports whether any of the arguments is set to something other than null.
func dbHasAnyArg(mod *model.Module, res *model.Resource, names []string) bool {
	for _, name := range names {
		if a := res.Body.Attr(name); a != nil && !model.IsKnownNull(mod.Eval(a.Expr, res)) {
			return true
		}
	}
	return false
}

// dbHasAnyBlock reports whether any of the blocks is present.
func dbHasAnyBlock(res *model.Resource, names []string) bool {
	for _, name := range names {
		if len(res.Body.AllBlocks(name)) > 0 {
			return true
		}
	}
	return false
}

// Reads is what the rule reads of resource bodies.
func (r *AwsDBManageMasterPasswordRule) Reads() []model.Reads {
	return []model.Reads{{Paths: []string{
		"password", "password_wo", "master_password", "master_password_wo", "manage_master_user_password",
		"replicate_source_db", "replication_source_identifier", "snapshot_identifier",
		"restore_to_point_in_time{}", "s3_import{}", "global_cluster_identifier",
		"engine", "engine_mode", "blue_green_update{}.enabled",
	}}}
}
