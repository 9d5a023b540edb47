resource "aws_secretsmanager_secret" "this" {
  name = "app/db-credentials"
}

output "arn" {
  value = aws_secretsmanager_secret.this.arn
}
