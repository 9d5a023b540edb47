provider "aws" {
  region = "eu-west-1"
}

module "alerts" {
  source = "../../modules/alerts"
  name   = "example"
}
