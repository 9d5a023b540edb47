resource "aws_instance" "first" {
  ami = "ami-0123456789abcdef0"
}

resource "aws_instance" "second" {
  ami = "ami-0123456789abcdef0"
}
