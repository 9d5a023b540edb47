provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_instance" "main" {}
module "vpn" {
  source    = "terraform-aws-modules/vpn-gateway/aws"
  providers = { aws = aws.west }
  region    = "us-east-1"
}
