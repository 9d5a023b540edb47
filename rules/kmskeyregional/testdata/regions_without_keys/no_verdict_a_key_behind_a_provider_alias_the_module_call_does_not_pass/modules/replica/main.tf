
resource "aws_kms_key" "this" {
  provider = aws.replica
}
