resource "aws_secretsmanager_secret" "this" {
  name = "app/db-credentials"
}
