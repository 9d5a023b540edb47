provider "aws" {
  region = var.aws_region
}

variable "aws_region" {
  type = string
}

module "app" { # want "module.app.module.store.aws_db_instance.this keeps its master password" @ `module "app"`
  source = "./app"
}
