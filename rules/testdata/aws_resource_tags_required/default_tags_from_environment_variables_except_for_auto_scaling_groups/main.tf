provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
resource "aws_sqs_queue" "q" {} # want `aws_sqs_queue\.q is missing the required tag "Owner":.* \(aws\)\.` @ `resource "aws_sqs_queue" "q"`
resource "aws_sqs_queue" "west" {
  provider = aws.west
  tags     = { Owner = "team" }
}
resource "aws_autoscaling_group" "web" { # want `aws_autoscaling_group\.web is missing the required tag "Environment":.* Add a tag block for each;` @ `resource "aws_autoscaling_group" "web"`
  max_size = 1
  min_size = 1
  tag {
    key                 = "Owner"
    value               = "team"
    propagate_at_launch = true
  }
}
