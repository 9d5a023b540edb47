resource "aws_security_group" "app" {
  egress = []
}
