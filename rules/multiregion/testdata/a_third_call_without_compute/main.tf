provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
provider "aws" { # want `^eu-west-1 \(provider aws\.eu\) lacks compute, present in us-east-1: module\.east\.aws_instance\.this\.` @ `provider "aws"`
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
module "eu" {
  source         = "./modules/stack"
  providers      = { aws = aws.eu }
  create_compute = false
}
