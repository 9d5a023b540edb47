provider "aws" {
  region = "us-east-1"
}
resource "aws_vpc" "primary" {}
resource "aws_subnet" "primary" {}
module "legacy" { # want `^ap-southeast-2 lacks subnets, present in us-east-1: aws_subnet\.primary\.` @ `module "legacy"`
  source = "./modules/legacy"
  region = "ap-southeast-2"
}
