resource "aws_security_group_rule" "db" { # want `aws_security_group_rule\.db opens TCP ports 5000-6000, including port 5432, to 0\.0\.0\.0/0,` @ `resource "aws_security_group_rule" "db"`
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 5000
  to_port           = 6000
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
resource "aws_security_group_rule" "rdp" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
