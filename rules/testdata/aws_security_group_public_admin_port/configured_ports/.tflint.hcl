rule "aws_security_group_public_admin_port" {
  enabled = true
  ports   = [5432, 22]
}
