variable "ignored" {
  type = list(string)
}
provider "aws" {
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
resource "aws_s3_bucket" "a" {} # want `aws_s3_bucket\.a is missing the required tags "Environment", "Owner":.* \(aws\)\.` @ `resource "aws_s3_bucket" "a"`
resource "aws_s3_bucket" "b" {
  provider = aws.unknown
}
