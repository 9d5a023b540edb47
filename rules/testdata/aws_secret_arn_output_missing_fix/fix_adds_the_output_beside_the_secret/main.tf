provider "aws" {
  region = var.aws_region
}

resource "aws_secretsmanager_secret" "api_key" { # want "aws_secretsmanager_secret.api_key is not exposed" @ `resource "aws_secretsmanager_secret" "api_key"`
  name = "api-key"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
