
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

module "east" {
  source    = "./modules/stack"
  providers = { aws = aws.east }
}
module "west" {
  source    = "./modules/stack"
  providers = { aws = aws.west }
}
