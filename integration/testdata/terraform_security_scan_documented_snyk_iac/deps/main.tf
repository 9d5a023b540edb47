terraform {
  required_version = ">= 1.5"
}

provider "aws" {
  region = "us-east-1"
}
