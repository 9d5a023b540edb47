provider "aws" {
  region = "us-east-1"
}

# Attached only to an interface endpoint, which has no public address and
# accepts only the service's port: no finding.
resource "aws_security_group" "endpoints" {
  ingress {
    from_port   = 0
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc_endpoint" "sqs" {
  vpc_id             = "vpc-0123456789abcdef0"
  service_name       = "com.amazonaws.us-east-1.sqs"
  vpc_endpoint_type  = "Interface"
  security_group_ids = [aws_security_group.endpoints.id]
}

# A standalone rule of such a group: no finding.
resource "aws_vpc_security_group_ingress_rule" "endpoints_ssh" {
  security_group_id = aws_security_group.endpoints.id
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 22
  to_port           = 22
  ip_protocol       = "tcp"
}

# Shared by an endpoint and an instance: the instance may run SSH.
resource "aws_security_group" "shared" {
  ingress { # want `An ingress rule of aws_security_group\.shared opens TCP port 22 \(SSH\)` @ `ingress`
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc_endpoint" "logs" {
  vpc_id             = "vpc-0123456789abcdef0"
  service_name       = "com.amazonaws.us-east-1.logs"
  vpc_endpoint_type  = "Interface"
  security_group_ids = [aws_security_group.shared.id]
}

resource "aws_instance" "app" {
  vpc_security_group_ids = [aws_security_group.shared.id]
}

resource "aws_security_group_rule" "shared_rdp" { # want `aws_security_group_rule\.shared_rdp opens TCP port 3389 \(RDP\)` @ `resource "aws_security_group_rule" "shared_rdp"`
  type              = "ingress"
  security_group_id = aws_security_group.shared.id
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

# A rule whose group cannot be known keeps its finding.
variable "group_id" {
  type = string
}

resource "aws_vpc_security_group_ingress_rule" "unknown_group" { # want `aws_vpc_security_group_ingress_rule\.unknown_group opens TCP port 22 \(SSH\)` @ `resource "aws_vpc_security_group_ingress_rule" "unknown_group"`
  security_group_id = var.group_id
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 22
  to_port           = 22
  ip_protocol       = "tcp"
}

# A group attached to nothing keeps its finding.
resource "aws_security_group" "unattached" {
  ingress { # want `An ingress rule of aws_security_group\.unattached opens TCP port 22 \(SSH\)` @ `ingress`
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
