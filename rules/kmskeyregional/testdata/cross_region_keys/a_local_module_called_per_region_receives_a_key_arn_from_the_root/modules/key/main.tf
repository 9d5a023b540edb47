
resource "aws_kms_key" "this" {}
output "key" {
  value = aws_kms_key.this
}
