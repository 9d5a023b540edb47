provider "aws" {
  region = "eu-west-1"
}
provider "aws" {
  alias  = "use1"
  region = "us-east-1"
}
resource "aws_cloudfront_distribution" "off" {
  count = 0
  origin {
    domain_name = "http://off.example.com"
    origin_id   = "off"
  }
}
resource "aws_cloudfront_distribution" "each" {
  for_each = toset(["a.example.com", "b.example.com"])
  origin {
    domain_name = each.value
    origin_id   = "each"
  }
}
resource "aws_cloudfront_distribution" "aliased" {
  provider = aws.use1
  region   = "us-east-1"
  origin {
    domain_name = "localhost" # want `aws_cloudfront_distribution\.aliased origin domain_name "localhost" ends in \.localhost` @ `"localhost"`
    origin_id   = "aliased"
  }
}
