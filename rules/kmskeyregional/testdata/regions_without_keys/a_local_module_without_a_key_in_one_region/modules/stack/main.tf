
variable "with_key" {
  type = bool
}
resource "aws_kms_key" "this" {
  count = var.with_key ? 1 : 0
}
resource "aws_s3_bucket" "this" {}
