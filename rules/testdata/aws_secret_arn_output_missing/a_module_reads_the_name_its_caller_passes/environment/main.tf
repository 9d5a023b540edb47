provider "aws" {
  region = "eu-west-1"
}
module "consumer" {
  source      = "../modules/consumer"
  secret_name = "lookups/passed-by-caller"
}
