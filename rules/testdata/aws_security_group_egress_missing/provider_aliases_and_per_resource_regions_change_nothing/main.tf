resource "aws_security_group" "west" {
  provider = aws.west
}
resource "aws_security_group" "eu" { # want `aws_security_group\.eu has no egress rules` @ `resource "aws_security_group" "eu"`
  region = "eu-west-1"
}
resource "aws_vpc_security_group_egress_rule" "west" {
  provider          = aws.west
  security_group_id = aws_security_group.west.id
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}
