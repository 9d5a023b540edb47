
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "east"
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_kms_key" "main" {}
module "kms" {
  source    = "terraform-aws-modules/kms/aws"
  providers = { aws = aws.west }
}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
