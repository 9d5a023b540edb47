
provider "aws" {
  region = "us-east-1"
}

resource "aws_dynamodb_table" "t" {}
resource "aws_db_instance" "db" {
  storage_encrypted = true
}
