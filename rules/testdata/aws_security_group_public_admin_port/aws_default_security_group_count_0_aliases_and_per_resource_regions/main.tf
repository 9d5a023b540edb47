provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
resource "aws_default_security_group" "default" {
  ingress { # want `An ingress rule of aws_default_security_group\.default opens TCP port 22 \(SSH\) to 0\.0\.0\.0/0,` @ "ingress"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
resource "aws_security_group_rule" "gone" {
  count             = 0
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
resource "aws_vpc_security_group_ingress_rule" "west" { # want `aws_vpc_security_group_ingress_rule\.west opens TCP port 22 \(SSH\) to 0\.0\.0\.0/0,` @ `resource "aws_vpc_security_group_ingress_rule" "west"`
  provider          = aws.west
  region            = "eu-west-1"
  security_group_id = "sg-0123456789abcdef0"
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 22
  to_port           = 22
  ip_protocol       = "tcp"
}
