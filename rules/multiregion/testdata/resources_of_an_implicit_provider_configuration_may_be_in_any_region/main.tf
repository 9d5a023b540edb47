provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}
provider "aws" { # want `^eu-west-1 \(provider aws\.eu\) lacks compute, present in us-west-2: aws_instance\.dr\.` @ `provider "aws"`
  alias  = "eu"
  region = "eu-west-1"
}
resource "aws_vpc" "primary" {}
resource "aws_subnet" "primary" {}
resource "aws_vpc" "dr" {
  provider = aws.dr
}
resource "aws_instance" "dr" {
  provider = aws.dr
}
resource "aws_vpc" "eu" {
  provider = aws.eu
}
