provider "aws" {
  region = "us-west-2"
}

module "alerts" {
  source = "../../modules/alerts"
  name   = "b"
}
