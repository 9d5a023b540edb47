terraform {
  backend "s3" {
    bucket = "state"
    key    = "app.tfstate"
    region = "us-east-1"
  }
}

provider "aws" {
  region = "us-east-1"
}

# Fires: no output exposes the secret.
resource "aws_secretsmanager_secret" "api_key" {
  name = "app/api-key"
}

# Fine: exposed through a local inside an object.
resource "aws_secretsmanager_secret" "db_credentials" {
  name = "app/db"
}

locals {
  secrets = {
    db = aws_secretsmanager_secret.db_credentials.arn
  }
}

output "secrets" {
  value = local.secrets
}

# Fires: RDS keeps the master password in a secret nobody can find.
resource "aws_db_instance" "main" {
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  username                    = "app"
  manage_master_user_password = true
}

# Fine: the managed secret is an output.
resource "aws_rds_cluster" "analytics" {
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
}

output "analytics_master_secret_arn" {
  value = aws_rds_cluster.analytics.master_user_secret[0].secret_arn
}

# Fine: count = 0 creates nothing.
resource "aws_secretsmanager_secret" "disabled" {
  count = 0
  name  = "app/disabled"
}

# Fine: the module's output is passed on.
module "exposed" {
  source = "./modules/secret"
  name   = "app/exposed"
}

output "exposed_secret_arn" {
  value = module.exposed.arn
}

# Fires at the module call: the module's secret is not passed on.
module "hidden" {
  source = "./modules/secret"
  name   = "app/hidden"
}

# Fires at the module call: the database's managed secret is not passed on.
module "reporting" {
  source = "./modules/db"
}
