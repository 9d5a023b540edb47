variable "egress" {
  default = []
}

resource "aws_security_group" "exported" {}
resource "aws_security_group" "internal" {}
resource "aws_security_group" "second" {}

resource "aws_security_group" "optional" {
  egress = var.egress
}

output "exported_id" {
  value = aws_security_group.exported.id
}
