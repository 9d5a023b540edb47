resource "aws_route53_zone" "site" {
  name = "example.com"
}
