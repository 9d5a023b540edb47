package rules

import (
	"errors"
	"strings"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
	"github.com/terraform-linters/tflint-plugin-sdk/terraform/addrs"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// publicAdminPortWant is a finding reported at the nth (from 0) occurrence of
// at in a file of the case.
type publicAdminPortWant struct {
	file    string
	at      string
	nth     int
	subject string
	what    string
	world   string
	// block is where a root check reports it in JSON, as line, column
	// pairs: JSON gives blocks the range of their opening brace.
	block [2][2]int
}

// publicAdminPortRangeIn is the range of the nth occurrence of needle in src.
func publicAdminPortRangeIn(t *testing.T, file, src, needle string, nth int) hcl.Range {
	t.Helper()
	offset := -1
	for i, from := 0, 0; i <= nth; i++ {
		idx := strings.Index(src[from:], needle)
		if idx < 0 {
			t.Fatalf("%q occurs fewer than %d times in %s", needle, nth+1, file)
		}
		offset = from + idx
		from = offset + len(needle)
	}
	pos := func(off int) hcl.Pos {
		line := strings.Count(src[:off], "\n") + 1
		col := off - strings.LastIndex(src[:off], "\n")
		return hcl.Pos{Line: line, Column: col}
	}
	return hcl.Range{Filename: file, Start: pos(offset), End: pos(offset + len(needle))}
}

// publicAdminPortPermissionRange is where a root check reports the
// permission whose CIDR argument is at cidr: its block (an ingress block, a
// dynamic ingress block, a rule resource) or, in `ingress = [...]`, its
// element.
func publicAdminPortPermissionRange(t *testing.T, file, src string, cidr hcl.Range) hcl.Range {
	t.Helper()
	f, diags := hclsyntax.ParseConfig([]byte(src), file, hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	before := func(a, b hcl.Pos) bool { return a.Line < b.Line || a.Line == b.Line && a.Column <= b.Column }
	contains := func(r hcl.Range) bool { return before(r.Start, cidr.Start) && before(cidr.End, r.End) }
	var found hcl.Range
	_ = hclsyntax.VisitAll(f.Body.(*hclsyntax.Body), func(n hclsyntax.Node) hcl.Diagnostics {
		switch x := n.(type) {
		case *hclsyntax.Block:
			if x.Type != "content" && contains(x.Range()) {
				found = x.DefRange()
			}
		case *hclsyntax.TupleConsExpr:
			for _, e := range x.Exprs {
				if _, isObject := e.(*hclsyntax.ObjectConsExpr); isObject && contains(e.Range()) {
					found = e.Range()
				}
			}
		}
		return nil
	})
	return found
}

const (
	publicAdminPortBoth = "port 22 (SSH) and port 3389 (RDP)"
	publicAdminPortAll  = "all protocols and ports, including " + publicAdminPortBoth + ","
)

func TestAwsSecurityGroupPublicAdminPortRule(t *testing.T) {
	rule := NewAwsSecurityGroupPublicAdminPortRule()
	cases := []struct {
		name string
		// child checks the module as the module call module.app.
		child bool
		files map[string]string
		want  []publicAdminPortWant
	}{
		{
			name: "inline ingress: SSH, RDP over IPv6, both families, all traffic, a wide TCP range",
			files: map[string]string{"main.tf": `
resource "aws_security_group" "web" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port        = 3389
    to_port          = 3389
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }
  ingress {
    from_port        = 22
    to_port          = 22
    protocol         = 6
    cidr_blocks      = ["10.0.0.0/8", "0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port   = "0"
    to_port     = "65535"
    protocol    = "TCP"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`},
			want: []publicAdminPortWant{
				{file: "main.tf", at: `["0.0.0.0/0"]`, nth: 0, subject: "An ingress rule of aws_security_group.web", what: "TCP port 22 (SSH)", world: "0.0.0.0/0"},
				{file: "main.tf", at: `["::/0"]`, nth: 0, subject: "An ingress rule of aws_security_group.web", what: "TCP port 3389 (RDP)", world: "::/0"},
				{file: "main.tf", at: `["10.0.0.0/8", "0.0.0.0/0"]`, subject: "An ingress rule of aws_security_group.web", what: "TCP port 22 (SSH)", world: "0.0.0.0/0 and ::/0"},
				{file: "main.tf", at: `["0.0.0.0/0"]`, nth: 1, subject: "An ingress rule of aws_security_group.web", what: publicAdminPortAll, world: "0.0.0.0/0"},
				{file: "main.tf", at: `["0.0.0.0/0"]`, nth: 2, subject: "An ingress rule of aws_security_group.web", what: "TCP ports 0-65535, including " + publicAdminPortBoth + ",", world: "0.0.0.0/0"},
			},
		},
		{
			name: "silent: other ports, private sources, UDP, ICMP, egress, unknown values",
			files: map[string]string{"main.tf": `
variable "cidrs" {
  type = list(string)
}
resource "aws_security_group" "quiet" {
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "icmp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port        = 22
    to_port          = 22
    protocol         = "58"
    ipv6_cidr_blocks = ["::/0"]
  }
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.cidrs
  }
  ingress {
    from_port   = aws_lb.main.port
    to_port     = aws_lb.main.port
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = var.cidrs[0]
    cidr_blocks = ["0.0.0.0/0"]
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`},
		},
		{
			name: "standalone rules: aws_security_group_rule and aws_vpc_security_group_ingress_rule",
			files: map[string]string{"main.tf": `
variable "rule_type" {
  type = string
}
resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
resource "aws_security_group_rule" "everything" {
  type              = "ingress"
  security_group_id = aws_security_group.other.id
  from_port         = 0
  to_port           = 65535
  protocol          = "all"
  ipv6_cidr_blocks  = ["::/0"]
}
resource "aws_security_group_rule" "out" {
  type              = "egress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
resource "aws_security_group_rule" "unknown_type" {
  type              = var.rule_type
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
resource "aws_vpc_security_group_ingress_rule" "rdp" {
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 3389
  to_port           = 3389
  ip_protocol       = "tcp"
}
resource "aws_vpc_security_group_ingress_rule" "all" {
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv6         = "::/0"
  ip_protocol       = "-1"
}
resource "aws_vpc_security_group_ingress_rule" "no_ports" {
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
}
resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 443
  to_port           = 443
  ip_protocol       = "tcp"
}
resource "aws_vpc_security_group_egress_rule" "out" {
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}`},
			want: []publicAdminPortWant{
				{file: "main.tf", at: `["0.0.0.0/0"]`, subject: "aws_security_group_rule.ssh", what: "TCP port 22 (SSH)", world: "0.0.0.0/0"},
				{file: "main.tf", at: `["::/0"]`, subject: "aws_security_group_rule.everything", what: publicAdminPortAll, world: "::/0"},
				{file: "main.tf", at: `"0.0.0.0/0"`, nth: 3, subject: "aws_vpc_security_group_ingress_rule.rdp", what: "TCP port 3389 (RDP)", world: "0.0.0.0/0"},
				{file: "main.tf", at: `"::/0"`, nth: 1, subject: "aws_vpc_security_group_ingress_rule.all", what: publicAdminPortAll, world: "::/0"},
			},
		},
		{
			name: "values from variables with defaults and locals; partly unknown lists",
			files: map[string]string{"main.tf": `
variable "admin_cidrs" {
  default = ["0.0.0.0/0"]
}
variable "office" {
  type = string
}
locals {
  ssh = 22
}
resource "aws_security_group_rule" "from_var" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = local.ssh
  to_port           = local.ssh
  protocol          = "tcp"
  cidr_blocks       = var.admin_cidrs
}
resource "aws_security_group_rule" "partly_unknown" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = [var.office, "0.0.0.0/0"]
}`},
			want: []publicAdminPortWant{
				{file: "main.tf", at: `var.admin_cidrs`, subject: "aws_security_group_rule.from_var", what: "TCP port 22 (SSH)", world: "0.0.0.0/0"},
				{file: "main.tf", at: `[var.office, "0.0.0.0/0"]`, subject: "aws_security_group_rule.partly_unknown", what: "TCP port 22 (SSH)", world: "0.0.0.0/0"},
			},
		},
		{
			name: "dynamic ingress: expanded when for_each is known, skipped when it is not",
			files: map[string]string{"main.tf": `
variable "rules" {
  default = [{ port = 22, cidrs = ["0.0.0.0/0"] }]
}
variable "bastion" {
  default = true
}
variable "unknown" {
  type = bool
}
resource "aws_security_group" "dyn" {
  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidrs
    }
  }
  dynamic "ingress" {
    for_each = var.bastion ? [1] : []
    content {
      from_port   = 22
      to_port     = 22
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
  dynamic "ingress" {
    for_each = []
    content {
      from_port   = 3389
      to_port     = 3389
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
  dynamic "ingress" {
    for_each = var.unknown ? [1] : []
    iterator = rule
    content {
      from_port   = 3389
      to_port     = 3389
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}`},
			want: []publicAdminPortWant{
				{file: "main.tf", at: `ingress.value.cidrs`, subject: "An ingress rule of aws_security_group.dyn", what: "TCP port 22 (SSH)", world: "0.0.0.0/0"},
				{file: "main.tf", at: `["0.0.0.0/0"]`, nth: 1, subject: "An ingress rule of aws_security_group.dyn", what: "TCP port 22 (SSH)", world: "0.0.0.0/0"},
			},
		},
		{
			name: "count and for_each instances, dynamic iterators over maps, one finding per range",
			files: map[string]string{"main.tf": `
variable "rules" {
  default = {
    https = { port = 443, cidr = "0.0.0.0/0" }
    ssh   = { port = 22, cidr = "0.0.0.0/0" }
    rdp   = { port = 3389, cidr = "0.0.0.0/0" }
    vpn   = { port = 22, cidr = "10.0.0.0/8" }
  }
}
variable "named_rules" {
  default = { ssh-tcp = [22, 22, "tcp"], https-443-tcp = [443, 443, "tcp"] }
}
variable "ingress_rules" {
  default = ["https-443-tcp", "ssh-tcp"]
}
variable "ingress_cidr_blocks" {
  default = ["0.0.0.0/0"]
}
variable "unknown_rules" {
  type = map(object({ port = number, cidr = string }))
}
resource "aws_vpc_security_group_ingress_rule" "each" {
  for_each          = var.rules
  security_group_id = "sg-1"
  ip_protocol       = "tcp"
  from_port         = each.value.port
  to_port           = each.value.port
  cidr_ipv4         = each.value.cidr
}
resource "aws_security_group_rule" "module_style" {
  count             = length(var.ingress_rules)
  type              = "ingress"
  security_group_id = "sg-1"
  cidr_blocks       = var.ingress_cidr_blocks
  from_port         = var.named_rules[var.ingress_rules[count.index]][0]
  to_port           = var.named_rules[var.ingress_rules[count.index]][1]
  protocol          = var.named_rules[var.ingress_rules[count.index]][2]
}
resource "aws_security_group" "set" {
  for_each = { for p in ["22", "443"] : p => p }
  dynamic "ingress" {
    for_each = var.rules
    iterator = rule
    content {
      from_port   = each.value
      to_port     = each.value
      protocol    = "tcp"
      cidr_blocks = [rule.value.cidr]
    }
  }
}
resource "aws_vpc_security_group_ingress_rule" "unknown" {
  for_each          = var.unknown_rules
  security_group_id = "sg-1"
  ip_protocol       = "tcp"
  from_port         = each.value.port
  to_port           = each.value.port
  cidr_ipv4         = each.value.cidr
}`},
			want: []publicAdminPortWant{
				{file: "main.tf", at: `each.value.cidr`, subject: `aws_vpc_security_group_ingress_rule.each["rdp"]`, what: "TCP port 3389 (RDP)", world: "0.0.0.0/0"},
				{file: "main.tf", at: `var.ingress_cidr_blocks`, subject: `aws_security_group_rule.module_style[1]`, what: "TCP port 22 (SSH)", world: "0.0.0.0/0"},
				{file: "main.tf", at: `[rule.value.cidr]`, subject: `An ingress rule of aws_security_group.set["22"]`, what: "TCP port 22 (SSH)", world: "0.0.0.0/0"},
			},
		},
		{
			name: "ingress = [...] attribute form, written out and computed",
			files: map[string]string{"main.tf": `
locals {
  rules = [
    { from_port = 3389, to_port = 3389, protocol = "tcp", cidr_blocks = ["0.0.0.0/0"], ipv6_cidr_blocks = [], prefix_list_ids = [], security_groups = [], self = false, description = "" },
  ]
}
resource "aws_security_group" "attr" {
  ingress = [
    {
      from_port        = 22
      to_port          = 22
      protocol         = "tcp"
      cidr_blocks      = ["0.0.0.0/0"]
      ipv6_cidr_blocks = []
      prefix_list_ids  = []
      security_groups  = []
      self             = false
      description      = "ssh"
    },
    {
      from_port        = 443
      to_port          = 443
      protocol         = "tcp"
      cidr_blocks      = ["0.0.0.0/0"]
      ipv6_cidr_blocks = []
      prefix_list_ids  = []
      security_groups  = []
      self             = false
      description      = "https"
    },
  ]
}
resource "aws_security_group" "computed" {
  ingress = local.rules
}
resource "aws_security_group" "none" {
  ingress = []
}`},
			want: []publicAdminPortWant{
				{file: "main.tf", at: `["0.0.0.0/0"]`, nth: 1, subject: "An ingress rule of aws_security_group.attr", what: "TCP port 22 (SSH)", world: "0.0.0.0/0"},
				{file: "main.tf", at: `local.rules`, subject: "An ingress rule of aws_security_group.computed", what: "TCP port 3389 (RDP)", world: "0.0.0.0/0"},
			},
		},
		{
			// A variable used only in JSON files cannot be evaluated: the model
			// asks the host for a variable's value at a native-syntax use.
			name: "JSON: inline ingress, dynamic ingress and a rule resource",
			files: map[string]string{"main.tf.json": `{
  "resource": {
    "aws_security_group": {
      "json_sg": {
        "ingress": [
          {
            "from_port": 22,
            "to_port": 22,
            "protocol": "tcp",
            "cidr_blocks": ["0.0.0.0/0"]
          }
        ],
        "dynamic": {
          "ingress": {
            "for_each": [1],
            "content": {
              "from_port": 3389,
              "to_port": 3389,
              "protocol": "tcp",
              "ipv6_cidr_blocks": ["::/0"]
            }
          }
        }
      }
    },
    "aws_security_group_rule": {
      "json_rule": {
        "type": "ingress",
        "security_group_id": "sg-0123456789abcdef0",
        "from_port": 0,
        "to_port": 0,
        "protocol": "-1",
        "cidr_blocks": "${local.world}"
      },
      "json_var_only": {
        "type": "ingress",
        "security_group_id": "sg-0123456789abcdef0",
        "from_port": 22,
        "to_port": 22,
        "protocol": "tcp",
        "cidr_blocks": "${var.world}"
      }
    }
  },
  "locals": {
    "world": ["0.0.0.0/0"]
  },
  "variable": {
    "world": {
      "default": ["0.0.0.0/0"]
    }
  }
}`},
			want: []publicAdminPortWant{
				{file: "main.tf.json", at: `["0.0.0.0/0"]`, subject: "An ingress rule of aws_security_group.json_sg", what: "TCP port 22 (SSH)", world: "0.0.0.0/0", block: [2][2]int{{6, 11}, {11, 12}}},
				{file: "main.tf.json", at: `["::/0"]`, subject: "An ingress rule of aws_security_group.json_sg", what: "TCP port 3389 (RDP)", world: "::/0", block: [2][2]int{{14, 22}, {14, 23}}},
				{file: "main.tf.json", at: `"${local.world}"`, subject: "aws_security_group_rule.json_rule", what: publicAdminPortAll, world: "0.0.0.0/0", block: [2][2]int{{27, 20}, {27, 21}}},
				{file: "main.tf.json", at: `"${var.world}"`, subject: "aws_security_group_rule.json_var_only", what: "TCP port 22 (SSH)", world: "0.0.0.0/0", block: [2][2]int{{35, 24}, {35, 25}}},
			},
		},
		{
			name: "aws_default_security_group; count = 0; aliases and per-resource regions",
			files: map[string]string{"main.tf": `
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
resource "aws_default_security_group" "default" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
resource "aws_security_group_rule" "gone" {
  count             = 0
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
resource "aws_vpc_security_group_ingress_rule" "west" {
  provider          = aws.west
  region            = "eu-west-1"
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 22
  to_port           = 22
  ip_protocol       = "tcp"
}`},
			want: []publicAdminPortWant{
				{file: "main.tf", at: `["0.0.0.0/0"]`, subject: "An ingress rule of aws_default_security_group.default", what: "TCP port 22 (SSH)", world: "0.0.0.0/0"},
				{file: "main.tf", at: `"0.0.0.0/0"`, nth: 2, subject: "aws_vpc_security_group_ingress_rule.west", what: "TCP port 22 (SSH)", world: "0.0.0.0/0"},
			},
		},
		{
			name: "configured ports",
			files: map[string]string{".tflint.hcl": `
rule "aws_security_group_public_admin_port" {
  enabled = true
  ports   = [5432, 22]
}`, "main.tf": `
resource "aws_security_group_rule" "db" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 5000
  to_port           = 6000
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
resource "aws_security_group_rule" "rdp" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}`},
			want: []publicAdminPortWant{
				{file: "main.tf", at: `["0.0.0.0/0"]`, subject: "aws_security_group_rule.db", what: "TCP ports 5000-6000, including port 5432,", world: "0.0.0.0/0"},
			},
		},
		{
			name:  "a module call names the resource with its module path",
			child: true,
			files: map[string]string{"main.tf": `
resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}`},
			want: []publicAdminPortWant{
				{file: "main.tf", at: `["0.0.0.0/0"]`, subject: "module.app.aws_security_group_rule.ssh", what: "TCP port 22 (SSH)", world: "0.0.0.0/0"},
			},
		},
		{
			name: "no configured ports: nothing to protect",
			files: map[string]string{".tflint.hcl": `
rule "aws_security_group_public_admin_port" {
  enabled = true
  ports   = []
}`, "main.tf": `
resource "aws_vpc_security_group_ingress_rule" "all" {
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}`},
		},
	}

	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			runner := helper.TestRunner(t, tc.files)
			var checked tflint.Runner = runner
			if tc.child {
				checked = ruletest.ChildRunner{Runner: runner, Path: addrs.Module{"app"}}
			}
			if err := rule.Check(checked); err != nil {
				t.Fatal(err)
			}
			want := helper.Issues{}
			for _, w := range tc.want {
				at := publicAdminPortRangeIn(t, w.file, tc.files[w.file], w.at, w.nth)
				switch {
				case w.block != [2][2]int{}:
					at = hcl.Range{Filename: w.file, Start: hcl.Pos{Line: w.block[0][0], Column: w.block[0][1]}, End: hcl.Pos{Line: w.block[1][0], Column: w.block[1][1]}}
				case !tc.child:
					at = publicAdminPortPermissionRange(t, w.file, tc.files[w.file], at)
				}
				want = append(want, &helper.Issue{
					Rule:    rule,
					Message: w.subject + " opens " + w.what + " to " + w.world + ", so anyone on the internet can try to log in to or exploit the service listening there. Allow only known source CIDRs, prefix lists or security groups, or reach the hosts through SSM Session Manager or EC2 Instance Connect Endpoint instead.",
					Range:   at,
				})
			}
			helper.AssertIssues(t, want, runner.Issues)
		})
	}
}

func TestAwsSecurityGroupPublicAdminPortRuleConfigErrors(t *testing.T) {
	rule := NewAwsSecurityGroupPublicAdminPortRule()
	for name, config := range map[string]string{
		"out of range": "ports = [70000]",
		"not numbers":  `ports = ["ssh"]`,
		"unknown name": "port = 22",
	} {
		t.Run(name, func(t *testing.T) {
			runner := helper.TestRunner(t, map[string]string{
				".tflint.hcl": "rule \"aws_security_group_public_admin_port\" {\n  enabled = true\n  " + config + "\n}\n",
				"main.tf":     `resource "aws_security_group" "sg" {}`,
			})
			err := rule.Check(runner)
			var cfgErr *ConfigError
			if !errors.As(err, &cfgErr) {
				t.Fatalf("want a ConfigError, got %v", err)
			}
		})
	}
}
