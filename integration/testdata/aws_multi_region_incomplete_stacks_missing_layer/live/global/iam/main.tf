terraform {
  backend "s3" {}
}

provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "deploy" {
  name = "deploy"
}
