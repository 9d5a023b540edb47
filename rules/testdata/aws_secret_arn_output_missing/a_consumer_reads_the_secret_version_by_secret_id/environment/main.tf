provider "aws" {
  region = "eu-west-1"
}
data "aws_secretsmanager_secret_version" "api_key" {
  secret_id = "lookups/by-secret-id"
}
