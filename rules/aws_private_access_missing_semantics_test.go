package rules

import "testing"

// privateAccessEast is a root in us-east-1; its provider block is at 2,1-2,15.
const privateAccessEast = `
provider "aws" {
  region = "us-east-1"
}
`

// privateAccessEastFinding is the finding for us-east-1 with these workloads.
func privateAccessEastFinding(workloads string) []privateAccessWant {
	return []privateAccessWant{{"main.tf", 2, 1, 2, 15, "Region us-east-1 (provider aws)", workloads}}
}

// TestAwsPrivateAccessMissingWhatRuns: a network in which nothing runs is
// not a private workload (issue 10 §5).
func TestAwsPrivateAccessMissingWhatRuns(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		want  []privateAccessWant
	}{
		{
			name: "a VPC with subnets, routes and gateways in which nothing runs",
			files: map[string]string{"main.tf": privateAccessEast + `
resource "aws_vpc" "main" {}
resource "aws_subnet" "private" {
  vpc_id = aws_vpc.main.id
}
resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id
}
resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}
resource "aws_nat_gateway" "main" {
  subnet_id = aws_subnet.private.id
}
resource "aws_security_group" "app" {
  vpc_id = aws_vpc.main.id
}
`},
		},
		{
			name: "an empty VPC does not keep workloads in a shared network from being reached",
			files: map[string]string{"main.tf": privateAccessEast + `
variable "shared_subnet" {
  type = string
}
resource "aws_vpc" "spare" {}
resource "aws_instance" "app" {
  subnet_id = var.shared_subnet
}
`},
		},
		{
			name: "a workload in a VPC created here, through its security group",
			files: map[string]string{"main.tf": privateAccessEast + `
variable "shared_subnet" {
  type = string
}
resource "aws_vpc" "main" {}
resource "aws_security_group" "db" {
  vpc_id = aws_vpc.main.id
}
resource "aws_db_instance" "db" {
  vpc_security_group_ids = [aws_security_group.db.id]
}
resource "aws_instance" "shared" {
  subnet_id = var.shared_subnet
}
`},
			want: privateAccessEastFinding("aws_db_instance.db, aws_instance.shared"),
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assertPrivateAccess(t, tc.files, tc.want)
		})
	}
}

// TestAwsPrivateAccessMissingEndpoints: an interface endpoint is a way in
// only for a service that gives one (issue 10 §5).
func TestAwsPrivateAccessMissingEndpoints(t *testing.T) {
	endpoint := func(service string) string {
		return privateAccessEast + `
resource "aws_instance" "app" {}
resource "aws_vpc_endpoint" "this" {
  vpc_id            = "vpc-12345678"
  service_name      = ` + service + `
  vpc_endpoint_type = "Interface"
}
`
	}
	cases := []struct {
		name  string
		files map[string]string
		want  []privateAccessWant
	}{
		{name: "Session Manager: ssm", files: map[string]string{"main.tf": endpoint(`"com.amazonaws.us-east-1.ssm"`)}},
		{name: "Session Manager: ssmmessages", files: map[string]string{"main.tf": endpoint(`"com.amazonaws.us-east-1.ssmmessages"`)}},
		{name: "Session Manager: ec2messages", files: map[string]string{"main.tf": endpoint(`"com.amazonaws.us-east-1.ec2messages"`)}},
		{name: "a service name that cannot be known may be Session Manager's", files: map[string]string{
			"main.tf": endpoint(`var.service`) + "variable \"service\" {\n  type = string\n}\n"}},
		{
			name:  "Secrets Manager is no way in",
			files: map[string]string{"main.tf": endpoint(`"com.amazonaws.us-east-1.secretsmanager"`)},
			want:  privateAccessEastFinding("aws_instance.app"),
		},
		{
			name:  "an S3 interface endpoint is no way in",
			files: map[string]string{"main.tf": endpoint(`"com.amazonaws.us-east-1.s3"`)},
			want:  privateAccessEastFinding("aws_instance.app"),
		},
		{
			name:  "ECR is no way in",
			files: map[string]string{"main.tf": endpoint(`"com.amazonaws.us-east-1.ecr.dkr"`)},
			want:  privateAccessEastFinding("aws_instance.app"),
		},
		{
			name:  "another account's endpoint service is no way in",
			files: map[string]string{"main.tf": endpoint(`"com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0"`)},
			want:  privateAccessEastFinding("aws_instance.app"),
		},
		{
			name: "endpoints for each service: Session Manager's among them",
			files: map[string]string{"main.tf": privateAccessEast + `
resource "aws_instance" "app" {}
resource "aws_vpc_endpoint" "api" {
  for_each          = toset(["secretsmanager", "ssmmessages"])
  vpc_id            = "vpc-12345678"
  service_name      = "com.amazonaws.us-east-1.${each.key}"
  vpc_endpoint_type = "Interface"
}
`},
		},
		{
			name: "endpoints for each service: none of them a way in",
			files: map[string]string{"main.tf": privateAccessEast + `
resource "aws_instance" "app" {}
resource "aws_vpc_endpoint" "api" {
  for_each          = toset(["secretsmanager", "ecr.api"])
  vpc_id            = "vpc-12345678"
  service_name      = "com.amazonaws.us-east-1.${each.key}"
  vpc_endpoint_type = "Interface"
}
`},
			want: privateAccessEastFinding("aws_instance.app"),
		},
		{
			name: "VPC Lattice resource and service network endpoints are no way in",
			files: map[string]string{"main.tf": privateAccessEast + `
resource "aws_instance" "app" {}
resource "aws_vpc_endpoint" "resource" {
  vpc_id                     = "vpc-12345678"
  vpc_endpoint_type          = "Resource"
  resource_configuration_arn = "arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-1"
}
resource "aws_vpc_endpoint" "network" {
  vpc_id              = "vpc-12345678"
  vpc_endpoint_type   = "ServiceNetwork"
  service_network_arn = "arn:aws:vpc-lattice:us-east-1:111111111111:servicenetwork/sn-1"
}
`},
			want: privateAccessEastFinding("aws_instance.app"),
		},
		{
			name: "an endpoint service you expose is a way in",
			files: map[string]string{"main.tf": privateAccessEast + `
resource "aws_instance" "app" {}
resource "aws_vpc_endpoint_service" "admin" {
  acceptance_required        = true
  network_load_balancer_arns = ["arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/admin/1"]
}
`},
		},
		{
			name: "an EC2 Instance Connect Endpoint is a way in",
			files: map[string]string{"main.tf": privateAccessEast + `
resource "aws_instance" "app" {}
resource "aws_ec2_instance_connect_endpoint" "admin" {
  subnet_id = "subnet-12345678"
}
`},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assertPrivateAccess(t, tc.files, tc.want)
		})
	}
}

// TestAwsPrivateAccessMissingVPNServers: an instance or group whose security
// group admits a VPN port from the internet is a way in (issue 10 §5).
func TestAwsPrivateAccessMissingVPNServers(t *testing.T) {
	// server is an instance in us-east-1 behind security group "vpn", whose
	// permissions are given, beside a database that needs a way in.
	server := func(permissions string) map[string]string {
		return map[string]string{"main.tf": privateAccessEast + `
resource "aws_db_instance" "db" {}
resource "aws_security_group" "vpn" {` + permissions + `
}
resource "aws_instance" "vpn" {
  vpc_security_group_ids = [aws_security_group.vpn.id]
}
`}
	}
	const openVPN = `
  ingress {
    protocol    = "udp"
    from_port   = 1194
    to_port     = 1194
    cidr_blocks = ["0.0.0.0/0"]
  }`
	cases := []struct {
		name  string
		files map[string]string
		want  []privateAccessWant
	}{
		{name: "OpenVPN, inline ingress", files: server(openVPN)},
		{name: "OpenVPN from IPv6 anywhere", files: server(`
  ingress {
    protocol         = "udp"
    from_port        = 1190
    to_port          = 1199
    ipv6_cidr_blocks = ["::/0"]
  }`)},
		{name: "all protocols from anywhere admit every VPN port", files: server(`
  ingress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }`)},
		{
			name: "OpenVPN only from an office is no VPN server for the internet",
			files: server(`
  ingress {
    protocol    = "udp"
    from_port   = 1194
    to_port     = 1194
    cidr_blocks = ["203.0.113.0/24"]
  }`),
			want: privateAccessEastFinding("aws_db_instance.db, aws_instance.vpn"),
		},
		{
			name: "TCP 1194 is not OpenVPN's UDP port",
			files: server(`
  ingress {
    protocol    = "tcp"
    from_port   = 1194
    to_port     = 1194
    cidr_blocks = ["0.0.0.0/0"]
  }`),
			want: privateAccessEastFinding("aws_db_instance.db, aws_instance.vpn"),
		},
		{
			name: "WireGuard through a VPC ingress rule",
			files: map[string]string{"main.tf": privateAccessEast + `
resource "aws_db_instance" "db" {}
resource "aws_security_group" "vpn" {}
resource "aws_vpc_security_group_ingress_rule" "wireguard" {
  security_group_id = aws_security_group.vpn.id
  ip_protocol       = "udp"
  from_port         = 51820
  to_port           = 51820
  cidr_ipv4         = "0.0.0.0/0"
}
resource "aws_instance" "vpn" {
  vpc_security_group_ids = [aws_security_group.vpn.id]
}
`},
		},
		{
			name: "IPsec needs both IKE and NAT traversal",
			files: map[string]string{"main.tf": privateAccessEast + `
resource "aws_db_instance" "db" {}
resource "aws_security_group" "vpn" {}
resource "aws_security_group_rule" "ike" {
  type              = "ingress"
  security_group_id = aws_security_group.vpn.id
  protocol          = "udp"
  from_port         = 500
  to_port           = 500
  cidr_blocks       = ["0.0.0.0/0"]
}
resource "aws_instance" "vpn" {
  vpc_security_group_ids = [aws_security_group.vpn.id]
}
`},
			want: privateAccessEastFinding("aws_db_instance.db, aws_instance.vpn"),
		},
		{
			name: "IPsec with IKE and NAT traversal, on two groups",
			files: map[string]string{"main.tf": privateAccessEast + `
resource "aws_db_instance" "db" {}
resource "aws_security_group" "ike" {
  ingress {
    protocol    = "udp"
    from_port   = 500
    to_port     = 500
    cidr_blocks = ["0.0.0.0/0"]
  }
}
resource "aws_security_group" "natt" {}
resource "aws_security_group_rule" "natt" {
  type              = "ingress"
  security_group_id = aws_security_group.natt.id
  protocol          = "17"
  from_port         = 4500
  to_port           = 4500
  cidr_blocks       = ["0.0.0.0/0"]
}
resource "aws_instance" "vpn" {
  vpc_security_group_ids = [aws_security_group.ike.id, aws_security_group.natt.id]
}
`},
		},
		{
			name: "an Auto Scaling group of VPN servers through its launch template",
			files: map[string]string{"main.tf": privateAccessEast + `
resource "aws_db_instance" "db" {}
resource "aws_security_group" "vpn" {` + openVPN + `
}
resource "aws_launch_template" "vpn" {
  vpc_security_group_ids = [aws_security_group.vpn.id]
}
resource "aws_autoscaling_group" "vpn" {
  min_size = 1
  max_size = 1
  launch_template {
    id = aws_launch_template.vpn.id
  }
}
`},
		},
		{
			name: "a VPN server in another region does not serve this one",
			files: map[string]string{"main.tf": privateAccessEast + `
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
resource "aws_db_instance" "db" {}
resource "aws_security_group" "vpn" {
  provider = aws.west` + openVPN + `
}
resource "aws_instance" "vpn" {
  provider               = aws.west
  vpc_security_group_ids = [aws_security_group.vpn.id]
}
`},
			want: privateAccessEastFinding("aws_db_instance.db"),
		},
		{
			name: "a security group that is not the server's does not make it one",
			files: map[string]string{"main.tf": privateAccessEast + `
resource "aws_security_group" "vpn" {` + openVPN + `
}
resource "aws_instance" "app" {}
`},
			want: privateAccessEastFinding("aws_instance.app"),
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assertPrivateAccess(t, tc.files, tc.want)
		})
	}
}
