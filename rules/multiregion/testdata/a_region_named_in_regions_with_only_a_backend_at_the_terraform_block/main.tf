resource "aws_vpc" "primary" {
  region = "us-east-1"
}
terraform { # want `^eu-central-1 is named in the plugin's regions setting but hosts none of vpc, present in us-east-1: aws_vpc\.primary\.` @ "terraform"
  backend "s3" {}
}
