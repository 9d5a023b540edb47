provider "aws" {
  region = "us-west-2"
}
resource "aws_vpc" "primary" {}
