terraform {
  backend "s3" {}
}

provider "aws" {
  region = "us-east-1"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "private" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_security_group" "app" {
  vpc_id = aws_vpc.main.id
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


# Staging only: a bucket of test fixtures and a queue-fed function that
# replays them. Only us-east-1 runs a staging environment.
resource "aws_s3_bucket" "fixtures" {
  bucket_prefix = "staging-fixtures-"
}

resource "aws_lambda_function" "replay" {
  function_name = "replay"
  role          = "arn:aws:iam::111122223333:role/replay"
  package_type  = "Image"
  image_uri     = "111122223333.dkr.ecr.us-east-1.amazonaws.com/replay:latest"
}

