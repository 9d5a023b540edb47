terraform {
  backend "s3" {}
}

provider "aws" {
  region = "us-west-2"
}

# A cross-region read replica of the primary's database.
resource "aws_db_instance" "replica" {
  instance_class      = "db.t3.micro"
  replicate_source_db = "arn:aws:rds:us-east-1:111122223333:db:main"
}
