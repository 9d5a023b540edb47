resource "aws_instance" "east" {}
resource "aws_instance" "west" {
  provider = aws.west
}
