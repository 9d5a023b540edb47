variable "groups" {
  type    = list(string)
  default = []
}

resource "aws_security_group" "web" {}

resource "aws_instance" "web" {
  vpc_security_group_ids = concat([aws_security_group.web.id], var.groups)
}
