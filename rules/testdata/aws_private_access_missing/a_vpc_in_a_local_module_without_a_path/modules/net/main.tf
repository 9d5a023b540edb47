resource "aws_instance" "this" {}
