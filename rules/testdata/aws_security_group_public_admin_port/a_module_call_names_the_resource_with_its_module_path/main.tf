resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"] # want `module\.app\.aws_security_group_rule\.ssh opens TCP port 22 \(SSH\) to 0\.0\.0\.0/0,` @ `["0.0.0.0/0"]`
}
