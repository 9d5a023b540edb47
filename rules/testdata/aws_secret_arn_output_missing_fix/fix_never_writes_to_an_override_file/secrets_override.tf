resource "aws_secretsmanager_secret" "api_key" {
  name = "api-key-v2"
}
