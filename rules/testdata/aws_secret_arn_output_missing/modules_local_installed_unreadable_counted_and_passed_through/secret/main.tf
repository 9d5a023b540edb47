resource "aws_secretsmanager_secret" "this" {}
output "secret_arn" {
  value = aws_secretsmanager_secret.this.arn
}
