provider "aws" {
  region = "us-east-1"
}

resource "aws_sqs_queue" "zero" {
  count = 0
}
resource "aws_sqs_queue" "empty" {
  for_each = {}
}
resource "aws_route_table_association" "a" {}
resource "aws_security_group_rule" "r" {}
resource "aws_kms_alias" "a" {}
resource "aws_autoscaling_group_tag" "t" {
  autoscaling_group_name = "external"
  tag {
    key                 = "x"
    value               = "y"
    propagate_at_launch = true
  }
}
resource "aws_inspector_resource_group" "selector" {
  tags = { Role = "web" }
}
resource "google_storage_bucket" "b" {}
data "aws_s3_bucket" "b" {
  bucket = "b"
}
resource "aws_instance" "web" {
  tags        = { Environment = "prod", Owner = "team" }
  volume_tags = { Name = "not the instance's own tags" }
  root_block_device {
    tags = {}
  }
}
