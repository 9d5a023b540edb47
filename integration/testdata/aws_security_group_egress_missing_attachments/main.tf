provider "aws" {
  region = "us-east-1"
}

variable "endpoint_services" {
  type    = list(string)
  default = []
}

# Silent: only interface endpoints would use it, none exist with the default.
resource "aws_security_group" "vpce" {
  name   = "vpce"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_vpc_endpoint" "interface" {
  for_each           = toset(var.endpoint_services)
  vpc_id             = "vpc-0123456789abcdef0"
  service_name       = "com.amazonaws.us-east-1.${each.value}"
  vpc_endpoint_type  = "Interface"
  security_group_ids = [aws_security_group.vpce.id]
}

# Silent: an interface endpoint and an OpenSearch Serverless endpoint.
resource "aws_security_group" "search" {
  name   = "search"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_vpc_endpoint" "ssm" {
  vpc_id             = "vpc-0123456789abcdef0"
  service_name       = "com.amazonaws.us-east-1.ssm"
  vpc_endpoint_type  = "Interface"
  security_group_ids = [aws_security_group.search.id]
}

resource "aws_opensearchserverless_vpc_endpoint" "search" {
  name               = "search"
  vpc_id             = "vpc-0123456789abcdef0"
  subnet_ids         = ["subnet-0123456789abcdef0"]
  security_group_ids = [aws_security_group.search.id]
}

# Outbound rules shared by every instance.
resource "aws_security_group" "common_egress" {
  name   = "common-egress"
  vpc_id = "vpc-0123456789abcdef0"

  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Silent: the instance starts connections through common_egress.
resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_instance" "web" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.web.id, aws_security_group.common_egress.id]
}

# Reported: a database's group alone.
resource "aws_security_group" "database" {
  name   = "database"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_db_instance" "main" {
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  vpc_security_group_ids      = [aws_security_group.database.id]
}
