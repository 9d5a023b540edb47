provider "aws" {
  region = "eu-west-1"
}
data "aws_secretsmanager_secret" "api_key" {
  name = "lookups/generated-"
}
