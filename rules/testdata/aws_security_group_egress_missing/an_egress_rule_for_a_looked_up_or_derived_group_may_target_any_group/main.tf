data "aws_security_group" "shared" {
  name = "shared"
}
resource "aws_security_group" "a" {}
resource "aws_security_group_rule" "out" {
  type              = "egress"
  security_group_id = data.aws_security_group.shared.id
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["10.0.0.0/8"]
}
