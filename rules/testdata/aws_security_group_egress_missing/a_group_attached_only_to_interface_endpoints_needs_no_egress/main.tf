provider "aws" {
  region = "us-east-1"
}

# Attached only to interface endpoints, whose network interfaces never start
# connections: no finding.
resource "aws_security_group" "endpoints" {
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_vpc_endpoint" "ssm" {
  vpc_id              = "vpc-0123456789abcdef0"
  service_name        = "com.amazonaws.us-east-1.ssm"
  vpc_endpoint_type   = "Interface"
  security_group_ids  = [aws_security_group.endpoints.id]
  private_dns_enabled = true
}

# Through a module's argument, too.
resource "aws_security_group" "module_endpoints" {}

module "endpoints" {
  source             = "./modules/endpoints"
  security_group_ids = [aws_security_group.module_endpoints.id]
}

# A database's group keeps its finding.
resource "aws_security_group" "database" {} # want `aws_security_group\.database has no egress rules` @ `resource "aws_security_group" "database"`

resource "aws_db_instance" "main" {
  vpc_security_group_ids      = [aws_security_group.database.id]
  manage_master_user_password = true
}

# Shared by an endpoint and an instance, which may start connections.
resource "aws_security_group" "shared" {} # want `aws_security_group\.shared has no egress rules` @ `resource "aws_security_group" "shared"`

resource "aws_vpc_endpoint" "logs" {
  vpc_id             = "vpc-0123456789abcdef0"
  service_name       = "com.amazonaws.us-east-1.logs"
  vpc_endpoint_type  = "Interface"
  security_group_ids = [aws_security_group.shared.id]
}

resource "aws_instance" "app" {
  for_each               = toset([aws_security_group.shared.id])
  vpc_security_group_ids = [each.value]
}
