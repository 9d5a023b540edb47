package rules

import (
	"path/filepath"
	"testing"

	"github.com/terraform-linters/tflint-plugin-sdk/helper"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"
)

// privateAccessWant is one expected finding: where, which region, which workloads.
type privateAccessWant struct {
	file           string
	l1, c1, l2, c2 int
	region         string
	workloads      string
}

// assertPrivateAccess lays the files out on disk, runs the rule over the root
// and compares its findings, whole messages and ranges, with want.
func assertPrivateAccess(t *testing.T, files map[string]string, want []privateAccessWant) {
	t.Helper()
	rule := NewAwsPrivateAccessMissingRule()
	runner, dir := ruletest.ModuleRunner(t, files)
	if err := rule.Check(runner); err != nil {
		t.Fatal(err)
	}
	issues := helper.Issues{}
	for _, w := range want {
		issues = append(issues, &helper.Issue{
			Rule:    rule,
			Message: privateAccessMessageFor(w.region, w.workloads),
			Range:   ruletest.Range(filepath.Join(dir, w.file), w.l1, w.c1, w.l2, w.c2),
		})
	}
	helper.AssertIssues(t, issues, runner.Issues)
}

// privateAccessMessageFor is the rule's message for a region label and its workloads.
func privateAccessMessageFor(region, workloads string) string {
	return region + " hosts private networks or workloads (" + workloads + ") but has no private access path (VPN, Client VPN, PrivateLink interface endpoint, EC2 Instance Connect endpoint, Direct Connect or transit gateway attachment), so administrators reach them over the internet or not at all. Add an aws_ec2_client_vpn_endpoint, a site-to-site VPN (aws_vpn_gateway and aws_vpn_connection), interface VPC endpoints for SSM Session Manager, or an aws_ec2_transit_gateway_vpc_attachment to a network that has one."
}

// TestAwsPrivateAccessMissingUnknownRegions: a region whose name cannot be
// known may be any known one, so no finding depends on it being another
// (issue 11 §2).
func TestAwsPrivateAccessMissingUnknownRegions(t *testing.T) {
	// No default provider block: the default provider takes its region from
	// the environment, which may be us-west-2.
	const west = `
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
`
	cases := []struct {
		name  string
		files map[string]string
		want  []privateAccessWant
	}{
		{
			name: "the environment's region does not repeat the known region's finding",
			files: map[string]string{"main.tf": west + `
resource "aws_instance" "default" {}
resource "aws_instance" "west" {
  provider = aws.west
}
`},
			want: []privateAccessWant{{"main.tf", 2, 1, 2, 15, "Region us-west-2 (provider aws.west)", "aws_instance.west"}},
		},
		{
			name: "the environment's region is reported when it is the only one without a way in",
			files: map[string]string{"main.tf": west + `
resource "aws_instance" "default" {}
`},
			want: []privateAccessWant{{"main.tf", 7, 1, 7, 34, "The region of provider aws", "aws_instance.default"}},
		},
		{
			name: "a path in the known region may serve the environment's region",
			files: map[string]string{"main.tf": west + `
resource "aws_instance" "default" {}
resource "aws_instance" "west" {
  provider = aws.west
}
resource "aws_ec2_client_vpn_endpoint" "west" {
  provider = aws.west
}
`},
		},
		{
			name: "a path in the environment's region may serve the known region",
			files: map[string]string{"main.tf": west + `
resource "aws_ec2_client_vpn_endpoint" "default" {}
resource "aws_instance" "west" {
  provider = aws.west
}
`},
		},
		{
			name: "a path in a region from a variable may serve a known region",
			files: map[string]string{"main.tf": west + `
variable "hub_region" {
  type = string
}
provider "aws" {
  alias  = "hub"
  region = var.hub_region
}
resource "aws_ec2_client_vpn_endpoint" "hub" {
  provider = aws.hub
}
resource "aws_instance" "west" {
  provider = aws.west
}
`},
		},
		{
			name: "two regions from variables: the second may be the first",
			files: map[string]string{"main.tf": `
variable "region" {
  type = string
}
variable "dr_region" {
  type = string
}
provider "aws" {
  region = var.region
}
provider "aws" {
  alias  = "dr"
  region = var.dr_region
}
resource "aws_instance" "main" {}
resource "aws_instance" "dr" {
  provider = aws.dr
}
`},
			want: []privateAccessWant{{"main.tf", 8, 1, 8, 15, "The region of provider aws", "aws_instance.main"}},
		},
		{
			name: "known regions are still told apart",
			files: map[string]string{"main.tf": west + `
provider "aws" {
  alias  = "east"
  region = "us-east-1"
}
resource "aws_instance" "default" {}
resource "aws_instance" "east" {
  provider = aws.east
}
resource "aws_instance" "west" {
  provider = aws.west
}
resource "aws_ec2_client_vpn_endpoint" "west" {
  provider = aws.west
}
`},
			want: []privateAccessWant{{"main.tf", 7, 1, 7, 15, "Region us-east-1 (provider aws.east)", "aws_instance.east"}},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assertPrivateAccess(t, tc.files, tc.want)
		})
	}
}
