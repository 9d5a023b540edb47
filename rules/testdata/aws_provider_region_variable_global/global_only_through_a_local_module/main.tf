provider "aws" {
  region = "us-east-1"
}

module "dns" {
  source = "./dns"
}
