provider "aws" {
  region = "us-east-1"
}

# Interface endpoints and an OpenSearch Serverless endpoint: no finding.
resource "aws_security_group" "vpce" {}

resource "aws_vpc_endpoint" "ssm" {
  vpc_id             = "vpc-0123456789abcdef0"
  service_name       = "com.amazonaws.us-east-1.ssm"
  vpc_endpoint_type  = "Interface"
  security_group_ids = [aws_security_group.vpce.id]
}

resource "aws_opensearchserverless_vpc_endpoint" "search" {
  name               = "search"
  vpc_id             = "vpc-0123456789abcdef0"
  subnet_ids         = ["subnet-0123456789abcdef0"]
  security_group_ids = [aws_security_group.vpce.id]
}

# OpenSearch domain and Redshift managed VPC endpoints: no finding.
resource "aws_security_group" "managed_endpoints" {}

resource "aws_opensearch_vpc_endpoint" "domain" {
  domain_arn = "arn:aws:es:us-east-1:123456789012:domain/logs"
  vpc_options {
    subnet_ids         = ["subnet-0123456789abcdef0"]
    security_group_ids = [aws_security_group.managed_endpoints.id]
  }
}

resource "aws_redshiftserverless_endpoint_access" "warehouse" {
  endpoint_name          = "warehouse"
  workgroup_name         = "analytics"
  subnet_ids             = ["subnet-0123456789abcdef0"]
  vpc_security_group_ids = [aws_security_group.managed_endpoints.id]
}

resource "aws_redshift_endpoint_access" "cluster" {
  endpoint_name          = "cluster"
  subnet_group_name      = "redshift"
  cluster_identifier     = "analytics"
  vpc_security_group_ids = [aws_security_group.managed_endpoints.id]
}

# A Route 53 Resolver endpoint forwards queries outward: it keeps its finding.
resource "aws_security_group" "resolver" {} # want `aws_security_group\.resolver has no egress rules` @ `resource "aws_security_group" "resolver"`

resource "aws_route53_resolver_endpoint" "outbound" {
  direction          = "OUTBOUND"
  security_group_ids = [aws_security_group.resolver.id]
}
