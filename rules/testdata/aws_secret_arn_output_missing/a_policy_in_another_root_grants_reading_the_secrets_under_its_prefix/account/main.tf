provider "aws" {
  region = "eu-west-1"
}
resource "aws_secretsmanager_secret" "api_key" {
  name = "govuk/signon/api-key"
}
