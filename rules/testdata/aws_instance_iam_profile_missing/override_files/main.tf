resource "aws_instance" "a" {
  ami = "ami-123"
}
resource "aws_instance" "b" {
  iam_instance_profile = "app"
}
