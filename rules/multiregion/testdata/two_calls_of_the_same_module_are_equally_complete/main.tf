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

module "east" {
  source = "./modules/stack"
}
module "west" {
  source    = "./modules/stack"
  providers = { aws = aws.west }
}
