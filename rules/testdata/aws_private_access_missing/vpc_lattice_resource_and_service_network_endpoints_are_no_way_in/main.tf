provider "aws" { # want `Region us-east-1 \(provider aws\) hosts private networks or workloads \(aws_instance\.app\) but has no private access path` @ `provider "aws"`
  region = "us-east-1"
}

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
