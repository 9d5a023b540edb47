provider "aws" {
  region = var.aws_region
}

resource "aws_secretsmanager_secret" "db" { # want "aws_secretsmanager_secret.db is not exposed" @ `resource "aws_secretsmanager_secret" "db"`
  name = "db"
}

resource "aws_secretsmanager_secret" "db_secret" { # want "aws_secretsmanager_secret.db_secret is not exposed" @ `resource "aws_secretsmanager_secret" "db_secret"`
  name = "db-secret"
}
