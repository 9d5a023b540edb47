resource "aws_security_group" "null" { # want `aws_security_group\.null has no egress rules` @ `resource "aws_security_group" "null"`
  egress = null
}
