provider "aws" {
  region = var.aws_region
}

resource "aws_secretsmanager_secret" "tenant" { # want "Add an output with \\{ for k, v in aws_secretsmanager_secret.tenant : k => v.arn \\}" @ `resource "aws_secretsmanager_secret" "tenant"`
  for_each = toset(["a", "b"])
  name     = "tenant-${each.key}"
}
