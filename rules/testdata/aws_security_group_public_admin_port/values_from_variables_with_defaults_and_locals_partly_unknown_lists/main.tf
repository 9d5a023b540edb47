variable "admin_cidrs" {
  default = ["0.0.0.0/0"]
}
variable "office" {
  type = string
}
locals {
  ssh = 22
}
resource "aws_security_group_rule" "from_var" { # want `aws_security_group_rule\.from_var opens TCP port 22 \(SSH\) to 0\.0\.0\.0/0,` @ `resource "aws_security_group_rule" "from_var"`
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = local.ssh
  to_port           = local.ssh
  protocol          = "tcp"
  cidr_blocks       = var.admin_cidrs
}
resource "aws_security_group_rule" "partly_unknown" { # want `aws_security_group_rule\.partly_unknown opens TCP port 22 \(SSH\) to 0\.0\.0\.0/0,` @ `resource "aws_security_group_rule" "partly_unknown"`
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = [var.office, "0.0.0.0/0"]
}
