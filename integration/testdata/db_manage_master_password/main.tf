provider "aws" {
  region = "us-east-1"
}

variable "db_password" {
  type      = string
  sensitive = true
}

# Fires: the password is kept in state.
resource "aws_db_instance" "legacy" {
  engine         = "postgres"
  instance_class = "db.t3.micro"
  username       = "app"
  password       = var.db_password
}

# Fires: managed passwords switched off and no password at all.
resource "aws_rds_cluster" "off" {
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = false
}

# Fine: RDS manages the password.
resource "aws_db_instance" "managed" {
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  username                    = "app"
  manage_master_user_password = true
}

# Fine: a read replica inherits its source's credentials.
resource "aws_db_instance" "replica" {
  replicate_source_db = aws_db_instance.managed.identifier
  instance_class      = "db.t3.micro"
}

# Fine: count = 0 creates nothing.
resource "aws_db_instance" "disabled" {
  count    = 0
  engine   = "postgres"
  password = "hunter22"
}

# Fine: write-only password.
resource "aws_rds_cluster" "wo" {
  engine                     = "aurora-postgresql"
  master_username            = "app"
  master_password_wo         = var.db_password
  master_password_wo_version = 1
}
