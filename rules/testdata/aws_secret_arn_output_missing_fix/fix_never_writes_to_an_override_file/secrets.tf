resource "aws_secretsmanager_secret" "api_key" { # want "aws_secretsmanager_secret.api_key is not exposed" @ `resource "aws_secretsmanager_secret" "api_key"`
  name = "api-key"
}
