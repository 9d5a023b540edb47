provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
resource "aws_launch_configuration" "lc" { # want `aws_launch_configuration\.lc sets no iam_instance_profile, so its instances run` @ `resource "aws_launch_configuration" "lc"`
  image_id = "ami-123"
}
resource "aws_launch_configuration" "ok" {
  iam_instance_profile = "arn:aws:iam::123456789012:instance-profile/app"
}
resource "aws_spot_instance_request" "spot" { # want `aws_spot_instance_request\.spot sets no iam_instance_profile, so the instance runs` @ `resource "aws_spot_instance_request" "spot"`
  provider = aws.west
  region   = "eu-west-1"
}
