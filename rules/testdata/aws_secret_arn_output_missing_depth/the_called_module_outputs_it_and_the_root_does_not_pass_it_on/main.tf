provider "aws" {
  region = var.aws_region
}

variable "aws_region" {
  type = string
}

module "app" { # want "module.app.module.store.aws_secretsmanager_secret.this is not exposed.*Add an output with module.app.credentials_arn." @ `module "app"`
  source = "./app"
}
