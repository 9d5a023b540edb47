provider "aws" {
  region = var.aws_region
}

resource "aws_db_instance" "main" { # want "aws_db_instance.main keeps its master password" @ `resource "aws_db_instance" "main"`
  manage_master_user_password = true
}

resource "aws_rds_cluster" "replicas" { # want "Add an output with aws_rds_cluster.replicas\\[\\*\\].master_user_secret\\[0\\].secret_arn" @ `resource "aws_rds_cluster" "replicas"`
  count                       = 2
  manage_master_user_password = true
}
