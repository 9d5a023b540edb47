provider "aws" { # want `Region us-east-1 \(provider aws\) hosts private networks or workloads \(aws_db_instance\.db, aws_instance\.shared\) but has no private access path` @ `provider "aws"`
  region = "us-east-1"
}

variable "shared_subnet" {
  type = string
}
resource "aws_vpc" "main" {}
resource "aws_security_group" "db" {
  vpc_id = aws_vpc.main.id
}
resource "aws_db_instance" "db" {
  vpc_security_group_ids = [aws_security_group.db.id]
}
resource "aws_instance" "shared" {
  subnet_id = var.shared_subnet
}
