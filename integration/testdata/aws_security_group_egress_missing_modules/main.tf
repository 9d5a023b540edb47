provider "aws" {
  region = "us-east-1"
}

# Fires once, at the module block: the module's groups have no egress (one
# issue names both).
module "app" {
  source = "./modules/app"
}

# Fine: attached only to interface VPC endpoints, whose network interfaces
# never start a connection.
resource "aws_security_group" "endpoints" {
  name = "endpoints"

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

# Fine: attached through a module's argument to the module's endpoint.
resource "aws_security_group" "module_endpoints" {
  name = "module-endpoints"
}

module "endpoints" {
  source             = "./modules/endpoints"
  security_group_ids = [aws_security_group.module_endpoints.id]
}

# Fires: a database's group keeps its finding.
resource "aws_security_group" "database" {
  name = "database"
}

resource "aws_db_instance" "main" {
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  vpc_security_group_ids      = [aws_security_group.database.id]
  manage_master_user_password = true
}
