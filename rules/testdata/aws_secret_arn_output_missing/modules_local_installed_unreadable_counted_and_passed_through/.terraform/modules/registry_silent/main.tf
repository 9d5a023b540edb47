resource "aws_secretsmanager_secret" "this" {}
output "secret_name" {
  value = aws_secretsmanager_secret.this.name
}
