# Fires at the default provider's region in providers.tf.json: it is
# hard-coded. The aliased provider for CloudFront certificates may name its
# region; only the default provider must take var.aws_region.
resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}

resource "aws_acm_certificate" "site" {
  provider          = aws.us_east_1
  domain_name       = "acme.example"
  validation_method = "DNS"
}
