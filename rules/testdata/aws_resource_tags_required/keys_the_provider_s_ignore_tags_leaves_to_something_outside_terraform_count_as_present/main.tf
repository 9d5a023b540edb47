provider "aws" {
  region = "us-east-1"
  ignore_tags {
    keys         = ["Owner"]
    key_prefixes = ["Env"]
  }
}
resource "aws_s3_bucket" "managed_elsewhere" {}
