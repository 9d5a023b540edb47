
resource "aws_s3_bucket" "this" {
  provider = aws.replica
}
