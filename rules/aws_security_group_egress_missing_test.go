package rules

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
	"github.com/terraform-linters/tflint-plugin-sdk/terraform/addrs"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// egressMissingWant is a finding on the group declared on a line of a file.
type egressMissingWant struct {
	file  string
	line  int
	group string
	// endColumn is the end of the block's definition range, for JSON.
	endColumn int
	column    int
}

const egressMissingProvider = `
provider "aws" {
  region = "us-east-1"
}
`

func TestAwsSecurityGroupEgressMissingRule(t *testing.T) {
	rule := NewAwsSecurityGroupEgressMissingRule()
	cases := []struct {
		name string
		// onDisk lays the files out on disk so that local modules can be read.
		onDisk bool
		// child checks the module as a module call, not as the root.
		child bool
		files map[string]string
		want  []egressMissingWant
	}{
		{
			name: "no egress at all",
			files: map[string]string{"providers.tf": egressMissingProvider, "main.tf": `
resource "aws_security_group" "app" {
  name = "app"
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}`},
			want: []egressMissingWant{{file: "main.tf", line: 2, group: "app"}},
		},
		{
			name: "inline, dynamic and attribute egress state intent",
			files: map[string]string{"providers.tf": egressMissingProvider, "main.tf": `
variable "egress" {
  type = list(any)
}
resource "aws_security_group" "block" {
  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}
resource "aws_security_group" "dynamic" {
  dynamic "egress" {
    for_each = []
    content {
      from_port = egress.value
      to_port   = egress.value
      protocol  = "tcp"
    }
  }
}
resource "aws_security_group" "none" {
  egress = []
}
resource "aws_security_group" "unknown" {
  egress = var.egress
}`},
		},
		{
			name: "egress = null states nothing",
			files: map[string]string{"providers.tf": egressMissingProvider, "main.tf": `
resource "aws_security_group" "null" {
  egress = null
}`},
			want: []egressMissingWant{{file: "main.tf", line: 2, group: "null"}},
		},
		{
			name: "standalone rules: egress, ingress, unknown type, VPC egress rule",
			files: map[string]string{"providers.tf": egressMissingProvider, "main.tf": `
variable "rule_type" {
  type = string
}
resource "aws_security_group" "egress_rule" {}
resource "aws_security_group" "ingress_only" {}
resource "aws_security_group" "unknown_type" {}
resource "aws_security_group" "vpc_rule" {}
resource "aws_security_group_rule" "out" {
  type              = "egress"
  security_group_id = aws_security_group.egress_rule.id
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
}
resource "aws_security_group_rule" "in" {
  type              = "ingress"
  security_group_id = aws_security_group.ingress_only.id
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
}
resource "aws_security_group_rule" "maybe" {
  type              = var.rule_type
  security_group_id = aws_security_group.unknown_type.id
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
}
resource "aws_vpc_security_group_egress_rule" "out" {
  security_group_id = aws_security_group.vpc_rule.id
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}`},
			want: []egressMissingWant{{file: "main.tf", line: 6, group: "ingress_only"}},
		},
		{
			name: "targets through for_each instances, each.value and locals",
			files: map[string]string{"providers.tf": egressMissingProvider, "main.tf": `
locals {
  web_sg = aws_security_group.web.id
  groups = { a = aws_security_group.a.id, b = aws_security_group.b.id }
}
resource "aws_security_group" "web" {}
resource "aws_security_group" "a" {}
resource "aws_security_group" "b" {}
resource "aws_security_group" "set" {
  for_each = toset(["x", "y"])
}
resource "aws_security_group" "lonely" {}
resource "aws_vpc_security_group_egress_rule" "web" {
  security_group_id = local.web_sg
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}
resource "aws_vpc_security_group_egress_rule" "each" {
  for_each          = local.groups
  security_group_id = each.value
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}
resource "aws_vpc_security_group_egress_rule" "set" {
  for_each          = aws_security_group.set
  security_group_id = aws_security_group.set[each.key].id
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}
resource "aws_vpc_security_group_egress_rule" "literal" {
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}`},
			want: []egressMissingWant{{file: "main.tf", line: 12, group: "lonely"}},
		},
		{
			name: "an egress rule for a group given by a variable may target any group",
			files: map[string]string{"providers.tf": egressMissingProvider, "main.tf": `
variable "sg_id" {
  type = string
}
resource "aws_security_group" "a" {}
resource "aws_vpc_security_group_egress_rule" "out" {
  security_group_id = var.sg_id
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}`},
		},
		{
			name: "an egress rule for a looked-up or derived group may target any group",
			files: map[string]string{"providers.tf": egressMissingProvider, "main.tf": `
data "aws_security_group" "shared" {
  name = "shared"
}
resource "aws_security_group" "a" {}
resource "aws_security_group_rule" "out" {
  type              = "egress"
  security_group_id = data.aws_security_group.shared.id
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["10.0.0.0/8"]
}`},
		},
		{
			name: "each.value from a for_each the model cannot follow",
			files: map[string]string{"providers.tf": egressMissingProvider, "main.tf": `
variable "rules" {
  type = map(any)
}
resource "aws_security_group" "a" {}
resource "aws_vpc_security_group_egress_rule" "out" {
  for_each          = var.rules
  security_group_id = each.value.sg
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}`},
		},
		{
			name: "count = 0: an absent group is not judged, an absent egress rule still states intent",
			files: map[string]string{"providers.tf": egressMissingProvider, "main.tf": `
variable "egress_enabled" {
  default = false
}
resource "aws_security_group" "gone" {
  count = 0
}
resource "aws_security_group" "toggled" {}
resource "aws_vpc_security_group_egress_rule" "toggled" {
  count             = var.egress_enabled ? 1 : 0
  security_group_id = aws_security_group.toggled.id
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}`},
		},
		{
			name: "lifecycle ignore_changes hands egress to something else",
			files: map[string]string{"providers.tf": egressMissingProvider, "main.tf": `
resource "aws_security_group" "ignored" {
  lifecycle {
    ignore_changes = [egress]
  }
}
resource "aws_security_group" "all" {
  lifecycle {
    ignore_changes = all
  }
}
resource "aws_security_group" "legacy" {
  lifecycle {
    ignore_changes = ["egress"]
  }
}
resource "aws_security_group" "tags_only" {
  lifecycle {
    ignore_changes = [tags]
  }
}`},
			want: []egressMissingWant{{file: "main.tf", line: 17, group: "tags_only"}},
		},
		{
			name: "JSON: no egress, empty egress, dynamic egress",
			files: map[string]string{"providers.tf": egressMissingProvider, "main.tf.json": `{
  "resource": {
    "aws_security_group": {
      "json_none": {
        "name": "none"
      },
      "json_empty": {
        "egress": []
      },
      "json_dynamic": {
        "dynamic": {
          "egress": {
            "for_each": "${var.cidrs}",
            "content": {
              "from_port": 443,
              "to_port": 443,
              "protocol": "tcp",
              "cidr_blocks": ["${egress.value}"]
            }
          }
        }
      },
      "json_block": {
        "egress": [
          {
            "from_port": 0,
            "to_port": 0,
            "protocol": "-1",
            "cidr_blocks": ["10.0.0.0/8"]
          }
        ]
      }
    }
  },
  "variable": {
    "cidrs": {}
  }
}`},
			want: []egressMissingWant{{file: "main.tf.json", line: 4, column: 20, endColumn: 21, group: "json_none"}},
		},
		{
			name: "override file adds egress",
			files: map[string]string{"providers.tf": egressMissingProvider, "main.tf": `
resource "aws_security_group" "app" {}
resource "aws_security_group" "db" {}
`, "main_override.tf": `
resource "aws_security_group" "app" {
  egress = []
}
`},
			want: []egressMissingWant{{file: "main.tf", line: 3, group: "db"}},
		},
		{
			name: "provider aliases and per-resource regions change nothing",
			files: map[string]string{"providers.tf": egressMissingProvider + `
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}`, "main.tf": `
resource "aws_security_group" "west" {
  provider = aws.west
}
resource "aws_security_group" "eu" {
  region = "eu-west-1"
}
resource "aws_vpc_security_group_egress_rule" "west" {
  provider          = aws.west
  security_group_id = aws_security_group.west.id
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}`},
			want: []egressMissingWant{{file: "main.tf", line: 5, group: "eu"}},
		},
		{
			name:   "egress rules in readable modules, through module variables and a for_each call",
			onDisk: true,
			files: map[string]string{"providers.tf": egressMissingProvider, "main.tf": `
resource "aws_security_group" "direct" {}
resource "aws_security_group" "each" {}
resource "aws_security_group" "ingress_only" {}
module "egress" {
  source = "./modules/egress"
  sg_id  = aws_security_group.direct.id
}
module "egress_each" {
  source   = "./modules/egress"
  for_each = { app = aws_security_group.each.id }
  sg_id    = each.value
}
module "ingress" {
  source = "./modules/ingress"
  sg_id  = aws_security_group.ingress_only.id
}
`,
				"modules/egress/main.tf": `
variable "sg_id" {}
resource "aws_vpc_security_group_egress_rule" "this" {
  security_group_id = var.sg_id
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}
`,
				"modules/ingress/main.tf": `
variable "sg_id" {}
resource "aws_vpc_security_group_ingress_rule" "this" {
  security_group_id = var.sg_id
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}
`},
			want: []egressMissingWant{{file: "main.tf", line: 4, group: "ingress_only"}},
		},
		{
			name:   "a group handed to a module that cannot be read may get egress rules there",
			onDisk: true,
			files: map[string]string{"providers.tf": egressMissingProvider, "main.tf": `
resource "aws_security_group" "shared" {}
resource "aws_security_group" "kept" {}
module "rules" {
  source  = "terraform-aws-modules/security-group/aws//modules/rules"
  version = "5.1.0"
  groups  = [aws_security_group.shared.id]
}
`, "extra.tf.json": `{"module": {"json_rules": {"source": "example/rules/aws", "sg": "${aws_security_group.kept.id}"}}}`},
		},
		{
			name:   "a group handed to a module that cannot be read: other groups are still judged",
			onDisk: true,
			files: map[string]string{"providers.tf": egressMissingProvider, "main.tf": `
resource "aws_security_group" "shared" {}
resource "aws_security_group" "private" {}
module "rules" {
  source = "terraform-aws-modules/security-group/aws//modules/rules"
  groups = [aws_security_group.shared.id]
}
`},
			want: []egressMissingWant{{file: "main.tf", line: 3, group: "private"}},
		},
		{
			name: "a reusable module: groups its outputs expose may get egress rules from the caller",
			files: map[string]string{"main.tf": `
resource "aws_security_group" "exported" {}
resource "aws_security_group" "internal" {}
output "security_group_id" {
  value = aws_security_group.exported.id
}
`},
			want: []egressMissingWant{{file: "main.tf", line: 3, group: "internal"}},
		},
		{
			name:  "a module call checked on its own: exported groups stay silent",
			child: true,
			files: map[string]string{"main.tf": `
resource "aws_security_group" "exported" {}
resource "aws_security_group" "internal" {}
output "group" {
  value = aws_security_group.exported
}
`},
			want: []egressMissingWant{{file: "main.tf", line: 3, group: "internal"}},
		},
		{
			name: "a deployable configuration's outputs do not silence",
			files: map[string]string{"providers.tf": egressMissingProvider, "main.tf": `
resource "aws_security_group" "exported" {}
output "security_group_id" {
  value = aws_security_group.exported.id
}
`},
			want: []egressMissingWant{{file: "main.tf", line: 2, group: "exported"}},
		},
		{
			name: "aws_default_security_group is not judged",
			files: map[string]string{"providers.tf": egressMissingProvider, "main.tf": `
resource "aws_default_security_group" "default" {
  vpc_id = "vpc-123"
}`},
		},
	}

	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var runner tflint.Runner
			var h *helper.Runner
			dir := ""
			if tc.onDisk {
				h, dir = ruletest.ModuleRunner(t, tc.files)
			} else {
				h = helper.TestRunner(t, tc.files)
			}
			runner = h
			if tc.child {
				runner = ruletest.ChildRunner{Runner: h, Path: addrs.Module{"app"}}
			}
			if err := rule.Check(runner); err != nil {
				t.Fatal(err)
			}
			want := helper.Issues{}
			for _, w := range tc.want {
				file := w.file
				if dir != "" {
					file = filepath.Join(dir, file)
				}
				start, end := 1, 1+len(fmt.Sprintf("resource %q %q", "aws_security_group", w.group))
				if w.endColumn != 0 {
					start, end = w.column, w.endColumn
				}
				address := "aws_security_group." + w.group
				if tc.child {
					address = "module.app." + address
				}
				want = append(want, &helper.Issue{
					Rule:    rule,
					Message: address + " has no egress rules, and Terraform removes the allow-all egress rule AWS adds to new security groups, so this group allows no outbound traffic. Add egress rules scoped to the destinations and ports it needs, or set egress = [] to state that it needs none.",
					Range:   hcl.Range{Filename: file, Start: hcl.Pos{Line: w.line, Column: start}, End: hcl.Pos{Line: w.line, Column: end}},
				})
			}
			helper.AssertIssues(t, want, h.Issues)
		})
	}
}
