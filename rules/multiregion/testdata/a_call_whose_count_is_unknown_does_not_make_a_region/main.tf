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

variable "enable_eu" {
  type = bool
}
module "east" {
  source = "./modules/stack"
}
module "eu" {
  source         = "./modules/stack"
  count          = var.enable_eu ? 1 : 0
  providers      = { aws = aws.eu }
  create_compute = false
}
