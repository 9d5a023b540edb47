# Provider blocks only, copied into roots that declare var.region: nothing
# deployed and no state, so nobody runs this directory as it stands.
terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

provider "aws" {
  region = var.region
}

data "aws_caller_identity" "current" {}
