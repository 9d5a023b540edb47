resource "aws_secretsmanager_secret" "this" {
  name_prefix = "app/db-credentials-"
}
