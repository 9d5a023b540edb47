package rules

import (
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"

	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

func TestAwsDBManageMasterPasswordRule(t *testing.T) {
	rule := NewAwsDBManageMasterPasswordRule()
	stateMsg := func(addr, arg, wo string) string {
		return addr + " sets " + arg + ", so the master password is stored in plain text in the Terraform state and plan. Set manage_master_user_password = true to let RDS keep it in Secrets Manager, or use the write-only " + wo + "."
	}
	noneMsg := func(addr string) string {
		return addr + " sets no master password source. Set manage_master_user_password = true so that RDS creates and rotates the password in Secrets Manager instead of it being set by hand or kept in the Terraform state."
	}
	offMsg := func(addr, arg string) string {
		return addr + " turns manage_master_user_password off and sets no " + arg + ", so it has no master password source. Set manage_master_user_password = true so that RDS creates and rotates the password in Secrets Manager instead of it being set by hand or kept in the Terraform state."
	}
	unsupportedMsg := func(addr, arg, what, wo string) string {
		return addr + " sets " + arg + ", so the master password is stored in plain text in the Terraform state and plan. RDS cannot manage the password of " + what + ", so use the write-only " + wo + " instead."
	}
	rng := ruletest.Range
	cases := []struct {
		name  string
		files map[string]string
		want  helper.Issues
	}{
		{
			name: "password from a variable",
			files: map[string]string{"main.tf": `
variable "pw" {}
resource "aws_db_instance" "db" {
  password = var.pw
}`},
			want: helper.Issues{{Rule: rule, Message: stateMsg("aws_db_instance.db", "password", "password_wo"), Range: rng("main.tf", 4, 14, 4, 20)}},
		},
		{
			name: "cluster master_password with managed passwords off",
			files: map[string]string{"main.tf": `
resource "aws_rds_cluster" "c" {
  master_password             = "literal"
  manage_master_user_password = false
}`},
			want: helper.Issues{{Rule: rule, Message: stateMsg("aws_rds_cluster.c", "master_password", "master_password_wo"), Range: rng("main.tf", 3, 33, 3, 42)}},
		},
		{
			name: "no password source at all",
			files: map[string]string{"main.tf": `
resource "aws_db_instance" "db" {
  engine = "mysql"
}`},
			want: helper.Issues{{Rule: rule, Message: noneMsg("aws_db_instance.db"), Range: rng("main.tf", 2, 1, 2, 32)}},
		},
		{
			name: "managed passwords switched off explicitly",
			files: map[string]string{"main.tf": `
resource "aws_db_instance" "db" {
  manage_master_user_password = false
}`},
			want: helper.Issues{{Rule: rule, Message: offMsg("aws_db_instance.db", "password"), Range: rng("main.tf", 2, 1, 2, 32)}},
		},
		{
			name: "managed passwords on",
			files: map[string]string{"main.tf": `
resource "aws_db_instance" "db" {
  manage_master_user_password = true
}
resource "aws_rds_cluster" "c" {
  manage_master_user_password = var.on
}
variable "on" {
  default = true
}`},
		},
		{
			name: "unknown switch stays silent",
			files: map[string]string{"main.tf": `
variable "managed" {
  type = bool
}
resource "aws_db_instance" "db" {
  password                    = "x"
  manage_master_user_password = var.managed
}`},
		},
		{
			name: "null password is no password, write-only is fine",
			files: map[string]string{"main.tf": `
resource "aws_db_instance" "db" {
  password            = null
  password_wo         = ephemeral.random_password.db.result
  password_wo_version = 1
}`},
		},
		{
			name: "exempt: replicas, restores, imports, global secondaries",
			files: map[string]string{"main.tf": `
resource "aws_db_instance" "replica" {
  replicate_source_db = "source"
}
resource "aws_db_instance" "snap" {
  snapshot_identifier = "snap"
}
resource "aws_db_instance" "pitr" {
  restore_to_point_in_time {
    use_latest_restorable_time = true
  }
}
resource "aws_rds_cluster" "import" {
  s3_import {
    bucket_name = "b"
  }
}
resource "aws_rds_cluster" "secondary" {
  global_cluster_identifier = "global"
}
resource "aws_rds_cluster" "cross_region_replica" {
  replication_source_identifier = "arn:aws:rds:us-east-1:123456789012:cluster:primary"
}`},
		},
		{
			name: "databases RDS cannot manage get the write-only fix only",
			files: map[string]string{"main.tf": `
resource "aws_rds_cluster" "primary" {
  global_cluster_identifier = aws_rds_global_cluster.g.id
  master_password           = var.pw
}
resource "aws_rds_cluster" "v1" {
  engine_mode     = "serverless"
  master_password = var.pw
}
resource "aws_db_instance" "custom" {
  engine   = "custom-oracle-ee"
  password = var.pw
}
resource "aws_db_instance" "bg" {
  password = var.pw
  blue_green_update {
    enabled = true
  }
}
resource "aws_db_instance" "bg_none" {
  blue_green_update {
    enabled = true
  }
}
resource "aws_db_instance" "bg_off" {
  password = var.pw
  blue_green_update {
    enabled = false
  }
}`},
			want: helper.Issues{
				{Rule: rule, Message: unsupportedMsg("aws_rds_cluster.primary", "master_password", "a cluster in an Aurora global database", "master_password_wo"), Range: rng("main.tf", 4, 31, 4, 37)},
				{Rule: rule, Message: unsupportedMsg("aws_rds_cluster.v1", "master_password", "an Aurora Serverless v1 cluster", "master_password_wo"), Range: rng("main.tf", 8, 21, 8, 27)},
				{Rule: rule, Message: unsupportedMsg("aws_db_instance.custom", "password", "an RDS Custom instance", "password_wo"), Range: rng("main.tf", 12, 14, 12, 20)},
				{Rule: rule, Message: unsupportedMsg("aws_db_instance.bg", "password", "an instance updated with blue/green deployments", "password_wo"), Range: rng("main.tf", 15, 14, 15, 20)},
				{Rule: rule, Message: stateMsg("aws_db_instance.bg_off", "password", "password_wo"), Range: rng("main.tf", 26, 14, 26, 20)},
			},
		},
		{
			name: "count = 0 does not exist",
			files: map[string]string{"main.tf": `
resource "aws_db_instance" "db" {
  count    = 0
  password = "x"
}`},
		},
		{
			name:  "JSON syntax",
			files: map[string]string{"main.tf.json": `{"resource": {"aws_rds_cluster": {"c": {"master_password": "x"}}}}`},
			want:  helper.Issues{{Rule: rule, Message: stateMsg("aws_rds_cluster.c", "master_password", "master_password_wo"), Range: rng("main.tf.json", 1, 60, 1, 63)}},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			runner := helper.TestRunner(t, tc.files)
			if err := rule.Check(runner); err != nil {
				t.Fatal(err)
			}
			if tc.want == nil {
				tc.want = helper.Issues{}
			}
			helper.AssertIssues(t, tc.want, runner.Issues)
		})
	}
}

func TestAwsDBManageMasterPasswordRuleFix(t *testing.T) {
	cases := []struct{ name, in, override, want string }{
		{
			name: "replaces the password",
			in: `resource "aws_db_instance" "db" {
  engine   = "postgres"
  password = var.pw
}
`,
			want: `resource "aws_db_instance" "db" {
  engine                      = "postgres"
  manage_master_user_password = true
}
`,
		},
		{
			name: "turns the switch on and drops the password",
			in: `resource "aws_rds_cluster" "c" {
  master_password             = var.pw
  manage_master_user_password = false
}
`,
			want: `resource "aws_rds_cluster" "c" {
  manage_master_user_password = true
}
`,
		},
		{
			name: "turns an explicit false on",
			in: `resource "aws_rds_cluster" "c" {
  engine                      = "aurora-postgresql"
  manage_master_user_password = false
}
`,
			want: `resource "aws_rds_cluster" "c" {
  engine                      = "aurora-postgresql"
  manage_master_user_password = true
}
`,
		},
		{
			name: "no fix for a switch an input sets",
			in: `variable "managed" {
  default = false
}
resource "aws_rds_cluster" "c" {
  engine                      = "aurora-postgresql"
  manage_master_user_password = var.managed
}
`,
		},
		{
			name: "no fix when an override file takes part",
			in: `resource "aws_db_instance" "db" {
  password = var.pw
}
`,
			override: `resource "aws_db_instance" "db" {
  password = var.other_pw
}
`,
		},
		{
			name: "no fix where RDS cannot manage the password",
			in: `resource "aws_rds_cluster" "c" {
  global_cluster_identifier = "g"
  master_password           = var.pw
}
`,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"main.tf": tc.in}
			if tc.override != "" {
				files["main_override.tf"] = tc.override
			}
			runner := helper.TestRunner(t, files)
			if err := NewAwsDBManageMasterPasswordRule().Check(runner); err != nil {
				t.Fatal(err)
			}
			if got := string(runner.Changes()["main.tf"]); got != tc.want {
				t.Errorf("fixed file:\n%s\nwant:\n%s", got, tc.want)
			}
			if got, changed := runner.Changes()["main_override.tf"]; changed {
				t.Errorf("override file changed:\n%s", got)
			}
		})
	}
}

// A called module's issue is shown at its caller: the database is named in full.
func TestAwsDBManageMasterPasswordRuleModuleCall(t *testing.T) {
	rule := NewAwsDBManageMasterPasswordRule()
	runner := helper.TestRunner(t, map[string]string{"main.tf": `
resource "aws_db_instance" "db" {
  password = var.password
}
`})
	if err := rule.Check(ruletest.AsChild(runner)); err != nil {
		t.Fatal(err)
	}
	helper.AssertIssues(t, helper.Issues{{
		Rule:    rule,
		Message: "module.child.aws_db_instance.db sets password, so the master password is stored in plain text in the Terraform state and plan. Set manage_master_user_password = true to let RDS keep it in Secrets Manager, or use the write-only password_wo.",
		Range:   ruletest.Range("main.tf", 3, 14, 3, 26),
	}}, runner.Issues)
}
