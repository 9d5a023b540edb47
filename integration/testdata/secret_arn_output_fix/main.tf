provider "aws" {
  region = var.aws_region
}

variable "aws_region" {
  type    = string
  default = "eu-west-1"
}

resource "aws_secretsmanager_secret" "db" {
  name = "db"
}

resource "aws_secretsmanager_secret" "tenant" {
  count = 2
  name  = "tenant-${count.index}"
}

resource "aws_secretsmanager_secret" "team" {
  for_each = toset(["payments", "search"])
  name     = "team-${each.key}"
}

resource "aws_db_instance" "main" {
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}
