provider "aws" {
  region = "us-east-1"
}

variable "endpoint_services" {
  type    = list(string)
  default = []
}

# Only endpoints would use it, and none exist with the default: still an
# endpoint's group, no finding.
resource "aws_security_group" "vpce" {}

resource "aws_vpc_endpoint" "interface" {
  for_each           = toset(var.endpoint_services)
  vpc_id             = "vpc-0123456789abcdef0"
  service_name       = "com.amazonaws.us-east-1.${each.value}"
  vpc_endpoint_type  = "Interface"
  security_group_ids = [aws_security_group.vpce.id]
}

# Also attached to an instance that does not exist: no finding.
resource "aws_security_group" "vpce_and_absent_instance" {}

resource "aws_vpc_endpoint" "logs" {
  count              = 0
  vpc_id             = "vpc-0123456789abcdef0"
  service_name       = "com.amazonaws.us-east-1.logs"
  vpc_endpoint_type  = "Interface"
  security_group_ids = [aws_security_group.vpce_and_absent_instance.id]
}

resource "aws_instance" "absent" {
  count                  = 0
  vpc_security_group_ids = [aws_security_group.vpce_and_absent_instance.id]
}

# An instance that exists still needs egress.
resource "aws_security_group" "vpce_and_instance" {} # want `aws_security_group\.vpce_and_instance has no egress rules` @ `resource "aws_security_group" "vpce_and_instance"`

resource "aws_vpc_endpoint" "sts" {
  for_each           = toset(var.endpoint_services)
  vpc_id             = "vpc-0123456789abcdef0"
  service_name       = "com.amazonaws.us-east-1.sts"
  vpc_endpoint_type  = "Interface"
  security_group_ids = [aws_security_group.vpce_and_instance.id]
}

resource "aws_instance" "app" {
  vpc_security_group_ids = [aws_security_group.vpce_and_instance.id]
}
