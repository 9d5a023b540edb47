terraform {
  backend "s3" {}
}

provider "aws" {
  region = var.region
}

resource "aws_launch_template" "app" {
  image_id      = "ami-12345678"
  instance_type = "t3.micro"
}

resource "aws_autoscaling_group" "app" {
  min_size = 2
  max_size = 4
  launch_template {
    id = aws_launch_template.app.id
  }
}

resource "aws_lb" "app" {
  internal = true
}

# A cross-region read replica of the primary's database.
resource "aws_db_instance" "replica" {
  instance_class      = "db.t3.micro"
  replicate_source_db = "arn:aws:rds:us-east-1:111122223333:db:main"
}
