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

# Attached to an endpoint by an association resource.
resource "aws_security_group" "associated" {}

resource "aws_vpc_endpoint_security_group_association" "ssm" {
  vpc_endpoint_id   = aws_vpc_endpoint.ssm.id
  security_group_id = aws_security_group.associated.id
}

# Attached to a network interface, which an instance may use to start connections.
resource "aws_security_group" "interface" {} # want `aws_security_group\.interface has no egress rules` @ `resource "aws_security_group" "interface"`

resource "aws_vpc_endpoint_security_group_association" "logs" {
  vpc_endpoint_id   = aws_vpc_endpoint.logs.id
  security_group_id = aws_security_group.interface.id
}

resource "aws_network_interface_sg_attachment" "app" {
  network_interface_id = "eni-0123456789abcdef0"
  security_group_id    = aws_security_group.interface.id
}
