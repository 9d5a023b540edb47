provider "aws" {
  region = "us-east-1"
}
provider "aws" { # want `^us-west-2 \(provider aws\.west\) lacks subnets, present in us-east-1: aws_subnet\.primary\.` @ `provider "aws"`
  alias  = "west"
  region = "us-west-2"
}
provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}

resource "aws_vpc" "primary" {}
resource "aws_subnet" "primary" {}
resource "aws_vpc" "west" {
  provider = aws.west
}
module "extras" {
  source = "git::https://example.com/extras.git"
  tags   = { Region = "primary" }
}
