variable "ignored" {
  type = list(string)
}
provider "aws" { # want `^Provider configuration aws has no default_tags, and 1 resource that does not set them itself \(aws_s3_bucket\.a\) lacks the required tags "Environment", "Owner":` @ `provider "aws"`
  region = "us-east-1"
  ignore_tags {
    keys = ["CostCenter"]
  }
}
provider "aws" {
  alias  = "unknown"
  region = "us-east-1"
  ignore_tags {
    keys = var.ignored
  }
}
resource "aws_s3_bucket" "a" {}
resource "aws_s3_bucket" "b" {
  provider = aws.unknown
}
