provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}

resource "aws_vpc" "primary" {}
resource "aws_subnet" "primary" {}
module "replica" {
  source    = "./modules/bucket"
  providers = { aws = aws.west }
}
module "origin" {
  source = "./modules/bucket"
  replication_configuration = {
    rules = [{ destination = { bucket = module.replica.arn } }]
  }
}
