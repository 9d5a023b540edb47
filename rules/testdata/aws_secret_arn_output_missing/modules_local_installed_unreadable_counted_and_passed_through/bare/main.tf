resource "aws_secretsmanager_secret" "internal" {}
