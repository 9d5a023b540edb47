provider "aws" {
  region = var.aws_region
}

variable "aws_region" {
  type = string
}

module "app" { # want "module.app.module.store.aws_secretsmanager_secret.this is not exposed" @ `module "app"`
  source = "./app"
}
