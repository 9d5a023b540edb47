# The bucket's region is its aliased provider's, which the rule leaves free:
# the default provider deploys only CloudFront.
provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "logs"
  region = "eu-west-1"
}

resource "aws_cloudfront_distribution" "site" {
  enabled = true
}

resource "aws_s3_bucket" "logs" {
  provider = aws.logs
  bucket   = "logs"
}
