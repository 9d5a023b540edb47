variable "zone_ref" {}
resource "aws_lambda_function_url" "this" {
  function_name      = "fn"
  authorization_type = "NONE"
}
output "fn_url" {
  value = aws_lambda_function_url.this.function_url
}
output "passthrough" {
  value = var.zone_ref
}
resource "aws_lb" "this" {
  internal = true
}
resource "aws_s3_bucket" "this" {
  bucket = "assets"
}
output "alb_dns_name" {
  value = aws_lb.this.dns_name
}
output "bucket_domain" {
  value = aws_s3_bucket.this.bucket_regional_domain_name
}
