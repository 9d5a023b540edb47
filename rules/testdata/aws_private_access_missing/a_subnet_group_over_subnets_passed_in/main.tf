provider "aws" {
  region = "us-east-1"
}

variable "subnets" {
  type = list(string)
}
resource "aws_db_subnet_group" "db" {
  subnet_ids = var.subnets
}
resource "aws_rds_cluster" "db" {
  db_subnet_group_name = aws_db_subnet_group.db.name
}
