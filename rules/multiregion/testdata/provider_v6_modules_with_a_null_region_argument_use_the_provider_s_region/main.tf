provider "aws" {
  region = "us-east-1"
}
provider "aws" { # want `^us-west-2 \(provider aws\.west\) lacks subnets, present in us-east-1: module\.east\.aws_subnet\.this\.` @ `provider "aws"`
  alias  = "west"
  region = "us-west-2"
}
provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}

module "east" {
  source = "./modules/v6"
}
module "west" {
  source    = "./modules/v6"
  providers = { aws = aws.west }
  subnets   = 0
}
module "eu" {
  source = "./modules/v6"
  region = "eu-west-1"
}
