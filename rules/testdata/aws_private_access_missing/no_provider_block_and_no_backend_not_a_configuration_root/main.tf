resource "aws_instance" "main" {}
