provider "aws" {
  region = var.aws_region
}

module "app" { # want "module.app.aws_secretsmanager_secret.this is not exposed" @ `module "app"`
  source = "./app"
}
