resource "aws_security_group" "web" {
  name = "web"
}

resource "aws_security_group" "worker" {
  name = "worker"
}
