package rules

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/ruletest"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

func TestAwsPrivateAccessMissingRule(t *testing.T) {
	rule := NewAwsPrivateAccessMissingRule()
	msg := func(region, workloads string) string {
		return region + " hosts private networks or workloads (" + workloads + ") but has no private access path (VPN, Client VPN, PrivateLink interface endpoint, EC2 Instance Connect endpoint, Direct Connect or transit gateway attachment), so administrators reach them over the internet or not at all. Add an aws_ec2_client_vpn_endpoint, a site-to-site VPN (aws_vpn_gateway and aws_vpn_connection), interface VPC endpoints for SSM Session Manager, or an aws_ec2_transit_gateway_vpc_attachment to a network that has one."
	}
	rng := ruletest.Range
	const east = `
provider "aws" {
  region = "us-east-1"
}
`
	const eastAndWest = `
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
`
	eastAt := rng("main.tf", 2, 1, 2, 15)
	eastMsg := func(workloads string) string { return msg("Region us-east-1 (provider aws)", workloads) }

	cases := []struct {
		name  string
		files map[string]string
		want  helper.Issues
	}{
		{
			name: "VPC and instances without any way in",
			files: map[string]string{"main.tf": east + `
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
resource "aws_subnet" "a" {
  vpc_id = aws_vpc.main.id
}
resource "aws_instance" "app" {
  count     = 3
  subnet_id = aws_subnet.a.id
}
resource "aws_db_instance" "db" {}
resource "aws_lb" "web" {
  subnets = [aws_subnet.a.id]
}
resource "aws_s3_bucket" "logs" {}
`},
			want: helper.Issues{{Rule: rule, Message: eastMsg("aws_instance.app, aws_db_instance.db, aws_lb.web"), Range: eastAt}},
		},
		{
			name: "interface endpoint for SSM",
			files: map[string]string{"main.tf": east + `
resource "aws_vpc" "main" {}
resource "aws_instance" "app" {}
resource "aws_vpc_endpoint" "ssm" {
  vpc_id            = aws_vpc.main.id
  service_name      = "com.amazonaws.us-east-1.ssm"
  vpc_endpoint_type = "Interface"
}
`},
		},
		{
			name: "gateway endpoints only, explicit and by default",
			files: map[string]string{"main.tf": east + `
resource "aws_vpc" "main" {}
resource "aws_instance" "app" {}
resource "aws_vpc_endpoint" "s3" {
  vpc_id       = aws_vpc.main.id
  service_name = "com.amazonaws.us-east-1.s3"
}
resource "aws_vpc_endpoint" "dynamodb" {
  vpc_id            = aws_vpc.main.id
  service_name      = "com.amazonaws.us-east-1.dynamodb"
  vpc_endpoint_type = "Gateway"
}
resource "aws_vpc_endpoint" "gwlb" {
  vpc_id            = aws_vpc.main.id
  vpc_endpoint_type = "GatewayLoadBalancer"
}
resource "aws_vpc_endpoint" "null_type" {
  vpc_id            = aws_vpc.main.id
  vpc_endpoint_type = null
}
`},
			want: helper.Issues{{Rule: rule, Message: eastMsg("aws_instance.app"), Range: eastAt}},
		},
		{
			name: "endpoint type that cannot be known",
			files: map[string]string{"main.tf": east + `
variable "endpoint_type" {
  type = string
}
resource "aws_vpc" "main" {}
resource "aws_instance" "app" {}
resource "aws_vpc_endpoint" "x" {
  vpc_id            = aws_vpc.main.id
  service_name      = "com.amazonaws.us-east-1.ssm"
  vpc_endpoint_type = var.endpoint_type
}
`},
		},
		{
			name: "each kind of access path",
			files: map[string]string{
				"vpn.tf":     east + `resource "aws_instance" "main" {}` + "\n" + `resource "aws_vpn_gateway" "vgw" {}`,
				"cvpn.tf":    `resource "aws_ec2_client_vpn_endpoint" "admin" {}`,
				"eice.tf":    `resource "aws_ec2_instance_connect_endpoint" "admin" {}`,
				"tgw.tf":     `resource "aws_ec2_transit_gateway_vpc_attachment" "hub" {}`,
				"svc.tf":     `resource "aws_vpc_endpoint_service" "svc" {}`,
				"s2s.tf":     `resource "aws_vpn_connection" "office" {}`,
				"assoc.tf":   `resource "aws_ec2_client_vpn_network_association" "a" {}`,
				"vgwatt.tf":  `resource "aws_vpn_gateway_attachment" "a" {}`,
				"lattice.tf": `resource "aws_vpc_endpoint" "r" { vpc_endpoint_type = "Resource" }`,
			},
		},
		{
			name: "a path in another region does not count",
			files: map[string]string{"main.tf": eastAndWest + `
resource "aws_instance" "east" {}
resource "aws_instance" "west" {
  provider = aws.west
}
resource "aws_ec2_client_vpn_endpoint" "west" {
  provider = aws.west
}
`},
			want: helper.Issues{{Rule: rule, Message: eastMsg("aws_instance.east"), Range: eastAt}},
		},
		{
			name: "per-resource region without a provider block of its own",
			files: map[string]string{"main.tf": east + `
resource "aws_ec2_client_vpn_endpoint" "east" {}
resource "aws_instance" "east" {}
resource "aws_instance" "eu" {
  region = "eu-west-1"
}
`},
			want: helper.Issues{{Rule: rule, Message: msg("Region eu-west-1", "aws_instance.eu"), Range: rng("main.tf", 8, 1, 8, 29)}},
		},
		{
			name: "per-resource region of a path that cannot be known",
			files: map[string]string{"main.tf": east + `
variable "vpn_region" {
  type = string
}
resource "aws_instance" "east" {}
resource "aws_ec2_client_vpn_endpoint" "somewhere" {
  region = var.vpn_region
}
`},
		},
		{
			name: "a path with count = 0 does not exist",
			files: map[string]string{"main.tf": east + `
variable "enable_vpn" {
  default = false
}
resource "aws_vpc" "main" {}
resource "aws_instance" "app" {}
resource "aws_vpn_gateway" "vgw" {
  count  = var.enable_vpn ? 1 : 0
  vpc_id = aws_vpc.main.id
}
`},
			want: helper.Issues{{Rule: rule, Message: eastMsg("aws_instance.app"), Range: eastAt}},
		},
		{
			name: "a path whose count cannot be known",
			files: map[string]string{"main.tf": east + `
variable "enable_vpn" {
  type = bool
}
resource "aws_instance" "main" {}
resource "aws_vpn_gateway" "vgw" {
  count = var.enable_vpn ? 1 : 0
}
`},
		},
		{
			name: "workloads with count = 0 and no network workloads",
			files: map[string]string{"main.tf": east + `
resource "aws_instance" "main" {
  count = 0
}
resource "aws_s3_bucket" "b" {}
resource "aws_lambda_function" "f" {}
resource "aws_opensearch_domain" "public" {}
`},
		},
		{
			name: "OpenSearch in a VPC is a workload",
			files: map[string]string{"main.tf": east + `
resource "aws_security_group" "search" {}
resource "aws_opensearch_domain" "private" {
  vpc_options {
    security_group_ids = [aws_security_group.search.id]
  }
}
`},
			want: helper.Issues{{Rule: rule, Message: eastMsg("aws_opensearch_domain.private"), Range: eastAt}},
		},
		{
			name: "no provider block and no backend: not a configuration root",
			files: map[string]string{"main.tf": `
resource "aws_instance" "main" {}
`},
		},
		{
			name: "a backend makes a configuration root; the anchor is the first workload",
			files: map[string]string{"main.tf": `
terraform {
  backend "s3" {}
}
resource "aws_instance" "main" {}
`},
			want: helper.Issues{{Rule: rule, Message: msg("The region of provider aws", "aws_instance.main"), Range: rng("main.tf", 5, 1, 5, 31)}},
		},
		{
			name: "a provider whose region is unknown may be the region that has a path",
			files: map[string]string{"main.tf": `
variable "region" {
  type = string
}
provider "aws" {
  region = var.region
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
resource "aws_instance" "main" {}
resource "aws_ec2_client_vpn_endpoint" "west" {
  provider = aws.west
}
`},
		},
		{
			name: "a path whose region cannot be identified may be any region's",
			files: map[string]string{"main.tf": `
variable "vpn_region" {
  type = string
}
provider "aws" {
  region = "us-east-1"
}
resource "aws_instance" "main" {}
resource "aws_ec2_client_vpn_endpoint" "somewhere" {
  region = var.vpn_region
}
`},
		},
		{
			name: "workloads in a network created elsewhere",
			files: map[string]string{"main.tf": east + `
variable "private_subnet_ids" {
  type = list(string)
}
data "aws_vpc" "shared" {
  tags = { Name = "shared" }
}
resource "aws_security_group" "app" {
  vpc_id = data.aws_vpc.shared.id
}
resource "aws_instance" "app" {
  vpc_security_group_ids = [aws_security_group.app.id]
}
resource "aws_ecs_service" "api" {
  network_configuration {
    subnets = var.private_subnet_ids
  }
}
`},
		},
		{
			name: "subnets from a remote state",
			files: map[string]string{"main.tf": east + `
data "terraform_remote_state" "network" {
  backend = "s3"
}
resource "aws_eks_cluster" "main" {
  vpc_config {
    subnet_ids = data.terraform_remote_state.network.outputs.private_subnets
  }
}
`},
		},
		{
			name: "a database in an existing subnet group",
			files: map[string]string{"main.tf": east + `
resource "aws_db_instance" "db" {
  db_subnet_group_name = "shared-private"
}
`},
		},
		{
			name: "a subnet group over subnets passed in",
			files: map[string]string{"main.tf": east + `
variable "subnets" {
  type = list(string)
}
resource "aws_db_subnet_group" "db" {
  subnet_ids = var.subnets
}
resource "aws_rds_cluster" "db" {
  db_subnet_group_name = aws_db_subnet_group.db.name
}
`},
		},
		{
			name: "instances in the default VPC",
			files: map[string]string{"main.tf": east + `
resource "aws_security_group" "web" {}
resource "aws_instance" "web" {
  ami                    = "ami-123"
  vpc_security_group_ids = [aws_security_group.web.id]
  subnet_id              = null
}
`},
			want: helper.Issues{{Rule: rule, Message: eastMsg("aws_instance.web"), Range: eastAt}},
		},
		{
			name: "own identifiers are not placement",
			files: map[string]string{"main.tf": east + `
resource "aws_rds_cluster" "db" {
  cluster_identifier = "orders"
}
resource "aws_msk_cluster" "events" {
  cluster_name = "events"
}
`},
			want: helper.Issues{{Rule: rule, Message: eastMsg("aws_rds_cluster.db, aws_msk_cluster.events"), Range: eastAt}},
		},
		{
			name: "an ECS service on a cluster created elsewhere",
			files: map[string]string{"main.tf": east + `
variable "cluster_arn" {
  type = string
}
resource "aws_ecs_service" "api" {
  cluster = var.cluster_arn
}
`},
		},
		{
			name: "MSK brokers in subnets passed in",
			files: map[string]string{"main.tf": east + `
variable "subnets" {
  type = list(string)
}
resource "aws_msk_cluster" "events" {
  cluster_name = "events"
  broker_node_group_info {
    client_subnets = var.subnets
  }
}
`},
		},
		{
			name: "instances for each literal subnet",
			files: map[string]string{"main.tf": east + `
resource "aws_instance" "web" {
  for_each  = toset(["subnet-1", "subnet-2"])
  subnet_id = each.value
}
`},
		},
		{
			name: "instances for each subnet created here in the default VPC",
			files: map[string]string{"main.tf": east + `
resource "aws_default_vpc" "default" {}
resource "aws_subnet" "a" {
  vpc_id = aws_default_vpc.default.id
}
resource "aws_instance" "web" {
  for_each  = { a = aws_subnet.a.id }
  subnet_id = each.value
}
`},
			want: helper.Issues{{Rule: rule, Message: eastMsg("aws_instance.web"), Range: eastAt}},
		},
		{
			name: "instances for each subnet of a VPC passed in",
			files: map[string]string{"main.tf": east + `
variable "vpc_id" {
  type = string
}
resource "aws_subnet" "a" {
  vpc_id = var.vpc_id
}
resource "aws_instance" "web" {
  for_each  = { a = aws_subnet.a.id }
  subnet_id = each.value
}
`},
		},
		{
			name: "workloads that may not be created",
			files: map[string]string{"main.tf": east + `
variable "create" {
  type = bool
}
variable "azs" {
  type = list(string)
}
resource "aws_instance" "main" {
  count = var.create ? 1 : 0
}
resource "aws_instance" "web" {
  for_each = toset(var.azs)
}
`},
		},
		{
			name: "a workload in a VPC created here fires even when other workloads use a shared network",
			files: map[string]string{"main.tf": east + `
variable "shared_subnet" {
  type = string
}
resource "aws_vpc" "isolated" {}
resource "aws_subnet" "isolated" {
  vpc_id = aws_vpc.isolated.id
}
resource "aws_instance" "isolated" {
  subnet_id = aws_subnet.isolated.id
}
resource "aws_instance" "shared" {
  subnet_id = var.shared_subnet
}
`},
			want: helper.Issues{{Rule: rule, Message: eastMsg("aws_instance.isolated, aws_instance.shared"), Range: eastAt}},
		},
		{
			name: "a VPC peered with a network created elsewhere",
			files: map[string]string{"main.tf": east + `
variable "hub_vpc_id" {
  type = string
}
resource "aws_vpc" "spoke" {}
resource "aws_instance" "app" {}
resource "aws_vpc_peering_connection" "hub" {
  vpc_id      = aws_vpc.spoke.id
  peer_vpc_id = var.hub_vpc_id
}
`},
		},
		{
			name: "two VPCs peered with each other",
			files: map[string]string{"main.tf": east + `
resource "aws_vpc" "a" {}
resource "aws_vpc" "b" {}
resource "aws_instance" "app" {}
resource "aws_vpc_peering_connection" "ab" {
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.b.id
}
`},
			want: helper.Issues{{Rule: rule, Message: eastMsg("aws_instance.app"), Range: eastAt}},
		},
		{
			name: "a spoke VPC peered across regions with a hub that has a Client VPN",
			files: map[string]string{"main.tf": eastAndWest + `
resource "aws_vpc" "hub" {}
resource "aws_ec2_client_vpn_endpoint" "hub" {}
resource "aws_vpc" "spoke" {
  provider = aws.west
}
resource "aws_instance" "spoke" {
  provider = aws.west
}
resource "aws_vpc_peering_connection" "hub_spoke" {
  vpc_id      = aws_vpc.hub.id
  peer_vpc_id = aws_vpc.spoke.id
  peer_region = "us-west-2"
}
`},
		},
		{
			name: "VPCs of one region peered with each other while another region has the VPN",
			files: map[string]string{"main.tf": eastAndWest + `
resource "aws_instance" "hub" {}
resource "aws_ec2_client_vpn_endpoint" "hub" {}
resource "aws_vpc" "a" {
  provider = aws.west
}
resource "aws_vpc" "b" {
  provider = aws.west
}
resource "aws_instance" "west" {
  provider = aws.west
}
resource "aws_vpc_peering_connection" "ab" {
  provider    = aws.west
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.b.id
}
`},
			want: helper.Issues{{Rule: rule, Message: msg("Region us-west-2 (provider aws.west)", "aws_instance.west"), Range: rng("main.tf", 5, 1, 5, 15)}},
		},
		{
			name: "Direct Connect association located by its gateway",
			files: map[string]string{"main.tf": eastAndWest + `
resource "aws_instance" "east" {}
resource "aws_instance" "west" {
  provider = aws.west
}
resource "aws_ec2_transit_gateway" "west" {
  provider = aws.west
}
resource "aws_dx_gateway" "dx" {}
resource "aws_dx_gateway_association" "west" {
  dx_gateway_id         = aws_dx_gateway.dx.id
  associated_gateway_id = aws_ec2_transit_gateway.west.id
}
`},
			want: helper.Issues{{Rule: rule, Message: eastMsg("aws_instance.east"), Range: eastAt}},
		},
		{
			name: "Direct Connect association to a gateway created elsewhere may serve any region",
			files: map[string]string{"main.tf": eastAndWest + `
variable "vgw_id" {
  type = string
}
resource "aws_instance" "east" {}
resource "aws_dx_gateway_association" "any" {
  provider              = aws.west
  associated_gateway_id = var.vgw_id
}
`},
		},
		{
			name: "access_types adds types, non-AWS ones count everywhere",
			files: map[string]string{
				".tflint.hcl": `
rule "aws_private_access_missing" {
  enabled      = true
  access_types = ["tailscale_tailnet_key"]
}`,
				"main.tf": east + `
resource "aws_instance" "main" {}
resource "tailscale_tailnet_key" "router" {}
`},
		},
		{
			name: "access_types makes any endpoint count",
			files: map[string]string{
				".tflint.hcl": `
rule "aws_private_access_missing" {
  enabled      = true
  access_types = ["aws_vpc_endpoint"]
}`,
				"main.tf": east + `
resource "aws_vpc" "main" {}
resource "aws_instance" "app" {}
resource "aws_vpc_endpoint" "s3" {
  vpc_id = aws_vpc.main.id
}
`},
		},
		{
			name: "JSON syntax",
			files: map[string]string{"main.tf.json": `{
  "provider": {
    "aws": [
      {
        "region": "us-east-1"
      }
    ]
  },
  "resource": {
    "aws_vpc": {
      "main": {
        "cidr_block": "10.0.0.0/16"
      }
    },
    "aws_instance": {
      "app": {}
    },
    "aws_vpc_endpoint": {
      "s3": {
        "vpc_id": "${aws_vpc.main.id}",
        "vpc_endpoint_type": "Gateway"
      }
    }
  }
}`},
			want: helper.Issues{{Rule: rule, Message: eastMsg("aws_instance.app"), Range: rng("main.tf.json", 5, 19, 5, 30)}},
		},
		{
			// The blocks of a JSON array share the array's range; their region values tell them apart.
			name: "JSON provider array with two regions",
			files: map[string]string{"providers.tf.json": `{"provider": {"aws": [
  {"region": "us-east-1"},
  {"alias": "west", "region": "us-west-2"}
]}}`, "main.tf": `
resource "aws_instance" "east" {}
resource "aws_instance" "west" {
  provider = aws.west
}
`},
			want: helper.Issues{
				{Rule: rule, Message: eastMsg("aws_instance.east"), Range: rng("providers.tf.json", 2, 14, 2, 25)},
				{Rule: rule, Message: msg("Region us-west-2 (provider aws.west)", "aws_instance.west"), Range: rng("providers.tf.json", 3, 31, 3, 42)},
			},
		},
		{
			name: "JSON interface endpoint",
			files: map[string]string{"main.tf.json": `{
  "provider": {"aws": {"region": "us-east-1"}},
  "resource": {
    "aws_vpc": {"main": {}},
    "aws_instance": {"app": {}},
    "aws_vpc_endpoint": {"ssm": {"vpc_endpoint_type": "Interface", "service_name": "com.amazonaws.us-east-1.ssm"}}
  }
}`},
		},
		{
			name: "dynamic network interface from a variable",
			files: map[string]string{"main.tf": east + `
variable "enis" {
  type = list(string)
}
resource "aws_instance" "app" {
  dynamic "network_interface" {
    for_each = var.enis
    content {
      network_interface_id = network_interface.value
      device_index         = 0
    }
  }
}
`},
		},
	}

	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			runner := helper.TestRunner(t, tc.files)
			if err := rule.Check(runner); err != nil {
				t.Fatal(err)
			}
			want := tc.want
			if want == nil {
				want = helper.Issues{}
			}
			helper.AssertIssues(t, want, runner.Issues)
		})
	}
}

func TestAwsPrivateAccessMissingRuleModules(t *testing.T) {
	rule := NewAwsPrivateAccessMissingRule()
	const provider = `
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
`
	cases := []struct {
		name  string
		files map[string]string
		// want is the workload list of the one issue expected at the default provider, or "".
		want string
	}{
		{
			name: "a VPC in a local module without a path",
			files: map[string]string{
				"main.tf":             provider + `module "net" { source = "./modules/net" }`,
				"modules/net/main.tf": `resource "aws_instance" "this" {}`,
			},
			want: "module.net.aws_instance.this",
		},
		{
			name: "a module that may not be created",
			files: map[string]string{
				"main.tf": provider + `
variable "create" {
  type = bool
}
module "net" {
  source = "./modules/net"
  count  = var.create ? 1 : 0
}`,
				"modules/net/main.tf": `resource "aws_instance" "this" {}`,
			},
		},
		{
			name: "a transit gateway attachment in a local module",
			files: map[string]string{
				"main.tf": provider + `module "net" { source = "./modules/net" }`,
				"modules/net/main.tf": `
resource "aws_vpc" "this" {}
resource "aws_instance" "this" {}
resource "aws_ec2_transit_gateway_vpc_attachment" "hub" {
  vpc_id = aws_vpc.this.id
}`,
			},
		},
		{
			name: "a module whose path is switched off by its caller",
			files: map[string]string{
				"main.tf": provider + `
module "net" {
  source     = "./modules/net"
  enable_vpn = false
}`,
				"modules/net/main.tf": `
variable "enable_vpn" {
  default = true
}
resource "aws_vpc" "this" {}
resource "aws_instance" "this" {}
resource "aws_vpn_gateway" "this" {
  count  = var.enable_vpn ? 1 : 0
  vpc_id = aws_vpc.this.id
}`,
			},
			want: "module.net.aws_instance.this",
		},
		{
			name: "a module call with count = 0 holds nothing",
			files: map[string]string{
				"main.tf": provider + `
resource "aws_instance" "main" {}
module "vpn" {
  source = "./modules/vpn"
  count  = 0
}`,
				"modules/vpn/main.tf": `resource "aws_ec2_client_vpn_endpoint" "this" {}`,
			},
			want: "aws_instance.main",
		},
		{
			name: "an unreadable module with the default provider may hold a path",
			files: map[string]string{"main.tf": provider + `
resource "aws_instance" "main" {}
module "vpn" {
  source = "terraform-aws-modules/vpn-gateway/aws"
}`},
		},
		{
			name: "an unreadable module in another region does not",
			files: map[string]string{"main.tf": provider + `
resource "aws_instance" "main" {}
module "vpn" {
  source    = "terraform-aws-modules/vpn-gateway/aws"
  providers = { aws = aws.west }
}`},
			want: "aws_instance.main",
		},
		{
			name: "an unreadable module given a null region uses its provider's",
			files: map[string]string{"main.tf": provider + `
resource "aws_instance" "main" {}
module "vpn" {
  source    = "terraform-aws-modules/vpn-gateway/aws"
  providers = { aws = aws.west }
  region    = null
}`},
			want: "aws_instance.main",
		},
		{
			name: "an unreadable module given this region",
			files: map[string]string{"main.tf": provider + `
resource "aws_instance" "main" {}
module "vpn" {
  source    = "terraform-aws-modules/vpn-gateway/aws"
  providers = { aws = aws.west }
  region    = "us-east-1"
}`},
		},
		{
			name: "a v6 module passes a null region: the provider's region applies",
			files: map[string]string{
				"main.tf": provider + `
module "net" {
  source    = "./modules/net"
  providers = { aws = aws.west }
}
resource "aws_instance" "east" {}`,
				"modules/net/main.tf": `
variable "region" {
  type    = string
  default = null
}
resource "aws_instance" "this" {
  region = var.region
}
resource "aws_ec2_instance_connect_endpoint" "this" {
  region = var.region
}`,
			},
			want: "aws_instance.east",
		},
		{
			name: "a v6 module without a path in a region without one",
			files: map[string]string{
				"main.tf": provider + `
module "net" {
  source = "./modules/net"
}`,
				"modules/net/main.tf": `
variable "region" {
  type    = string
  default = null
}
resource "aws_instance" "this" {
  region = var.region
}`,
			},
			want: "module.net.aws_instance.this",
		},
		{
			name: "subnets from a local module's VPC",
			files: map[string]string{
				"main.tf": provider + `
module "vpc" { source = "./modules/vpc" }
resource "aws_instance" "app" {
  subnet_id = module.vpc.subnet_id
}`,
				"modules/vpc/main.tf": `
resource "aws_vpc" "this" {}
resource "aws_subnet" "this" {
  vpc_id = aws_vpc.this.id
}
output "subnet_id" {
  value = aws_subnet.this.id
}`,
			},
			want: "aws_instance.app",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			runner, dir := ruletest.ModuleRunner(t, tc.files)
			if err := rule.Check(runner); err != nil {
				t.Fatal(err)
			}
			want := helper.Issues{}
			if tc.want != "" {
				want = helper.Issues{{
					Rule:    rule,
					Message: "Region us-east-1 (provider aws) hosts private networks or workloads (" + tc.want + ") but has no private access path (VPN, Client VPN, PrivateLink interface endpoint, EC2 Instance Connect endpoint, Direct Connect or transit gateway attachment), so administrators reach them over the internet or not at all. Add an aws_ec2_client_vpn_endpoint, a site-to-site VPN (aws_vpn_gateway and aws_vpn_connection), interface VPC endpoints for SSM Session Manager, or an aws_ec2_transit_gateway_vpc_attachment to a network that has one.",
					Range:   hcl.Range{Filename: filepath.Join(dir, "main.tf"), Start: hcl.Pos{Line: 2, Column: 1}, End: hcl.Pos{Line: 2, Column: 15}},
				}}
			}
			helper.AssertIssues(t, want, runner.Issues)
		})
	}
}

func TestAwsPrivateAccessMissingRuleChildModule(t *testing.T) {
	rule := NewAwsPrivateAccessMissingRule()
	runner := ruletest.AsChild(helper.TestRunner(t, map[string]string{"main.tf": `
provider "aws" {
  region = "us-east-1"
}
resource "aws_instance" "main" {}
`}))
	if err := rule.Check(runner); err != nil {
		t.Fatal(err)
	}
	helper.AssertIssues(t, helper.Issues{}, runner.Issues)
}

func TestAwsPrivateAccessMissingRuleConfig(t *testing.T) {
	rule := NewAwsPrivateAccessMissingRule()
	runner := helper.TestRunner(t, map[string]string{
		".tflint.hcl": `
rule "aws_private_access_missing" {
  enabled      = true
  access_types = ["aws_vpn_gateway", "Not A Type"]
}`,
		"main.tf": `provider "aws" {}`,
	})
	err := rule.Check(runner)
	var cfgErr *ConfigError
	if !errors.As(err, &cfgErr) {
		t.Fatalf("want a ConfigError, got %v", err)
	}
}
