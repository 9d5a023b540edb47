resource "aws_vpc" "east" {}
resource "aws_vpc" "west" {
  provider = aws.west
}
