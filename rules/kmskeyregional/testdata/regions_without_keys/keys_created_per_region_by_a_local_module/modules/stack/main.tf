
resource "aws_kms_key" "this" {}
resource "aws_s3_bucket" "this" {}
