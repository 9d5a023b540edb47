variable "name" {
  type = string
}

resource "aws_security_group" "app" {
  name = var.name
}
