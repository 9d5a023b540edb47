provider "aws" {
  region = var.aws_region
}

resource "aws_secretsmanager_secret" "tenant" { # want "Add an output with aws_secretsmanager_secret.tenant\\[\\*\\].arn" @ `resource "aws_secretsmanager_secret" "tenant"`
  count = 2
  name  = "tenant-${count.index}"
}
