variable "groups" {
  type = list(string)
}

resource "aws_instance" "app" {
  vpc_security_group_ids = var.groups
}
