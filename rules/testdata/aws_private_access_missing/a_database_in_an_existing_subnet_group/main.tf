provider "aws" {
  region = "us-east-1"
}

resource "aws_db_instance" "db" {
  db_subnet_group_name = "shared-private"
}
