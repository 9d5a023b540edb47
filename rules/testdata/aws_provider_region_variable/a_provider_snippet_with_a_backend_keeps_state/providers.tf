# Nothing deployed, but it keeps state: somebody runs it.
terraform {
  backend "s3" {
    bucket = "state"
    key    = "snippet.tfstate"
    region = "eu-west-1"
  }
}

provider "aws" {
  region = var.region # want `This root declares no variable "aws_region" and its default aws provider takes its region from var\.region` @ "var.region"
}
