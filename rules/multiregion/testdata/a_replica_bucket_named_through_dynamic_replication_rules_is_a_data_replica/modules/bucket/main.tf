variable "replication_configuration" {
  type    = any
  default = {}
}
resource "aws_s3_bucket" "this" {}
resource "aws_s3_bucket_replication_configuration" "this" {
  count  = length(keys(var.replication_configuration)) > 0 ? 1 : 0
  bucket = aws_s3_bucket.this.id
  dynamic "rule" {
    for_each = flatten(try([var.replication_configuration["rule"]], [var.replication_configuration["rules"]], []))
    content {
      dynamic "destination" {
        for_each = try(flatten([rule.value.destination]), [])
        content {
          bucket = destination.value.bucket
        }
      }
    }
  }
}
output "arn" {
  value = try(aws_s3_bucket.this.arn, "")
}
