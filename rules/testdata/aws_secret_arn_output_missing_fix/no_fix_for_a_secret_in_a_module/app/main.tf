resource "aws_secretsmanager_secret" "this" {}
