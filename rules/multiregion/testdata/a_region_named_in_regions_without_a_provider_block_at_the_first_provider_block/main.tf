terraform {
  required_version = ">= 1.5"
}
provider "aws" { # want `^eu-central-1 is named in the plugin's regions setting but hosts none of vpc, present in us-east-1: aws_vpc\.primary\.` @ `provider "aws"`
  region = "us-east-1"
}
resource "aws_vpc" "primary" {}
