provider "aws" {
  region = "us-east-1"
}

module "alerts" {
  source    = "../../modules/alerts"
  name      = "a"
  audit_key = "alias/audit"
}
