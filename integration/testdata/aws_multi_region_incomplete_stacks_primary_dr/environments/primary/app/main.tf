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

resource "aws_db_instance" "main" {
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  username                    = "app"
  manage_master_user_password = true
}
