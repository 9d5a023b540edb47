
provider "aws" {
  region = "us-east-1"
}

resource "aws_db_instance" "db" {
  storage_encrypted = false
}
resource "aws_efs_file_system" "fs" {
  encrypted = true
}
