resource "aws_security_group" "app" {}
resource "aws_security_group" "db" {} # want `aws_security_group\.db has no egress rules` @ `resource "aws_security_group" "db"`
