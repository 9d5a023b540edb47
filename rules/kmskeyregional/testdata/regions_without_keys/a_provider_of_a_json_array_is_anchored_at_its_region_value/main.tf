
resource "aws_kms_key" "main" {}
resource "aws_s3_bucket" "west" {
  provider = aws.west
}
