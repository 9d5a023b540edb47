variable "vpc_id" {}
resource "aws_route53_zone" "this" {
  name = "corp.internal.example.com"
  vpc {
    vpc_id = var.vpc_id
  }
}
resource "aws_route53_record" "app" {
  zone_id = aws_route53_zone.this.zone_id
  name    = "app"
  type    = "A"
  records = ["10.0.0.5"]
}
output "zone_id" {
  value = aws_route53_zone.this.zone_id
}
output "app_fqdn" {
  value = aws_route53_record.app.fqdn
}
