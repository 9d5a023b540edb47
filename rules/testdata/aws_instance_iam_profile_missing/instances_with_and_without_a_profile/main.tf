variable "profile" {
  type = string
}
variable "no_profile" {
  type    = string
  default = null
}
resource "aws_instance" "bare" { # want `aws_instance\.bare sets no iam_instance_profile, so the instance runs` @ `resource "aws_instance" "bare"`
  ami = "ami-123"
}
resource "aws_instance" "named" {
  iam_instance_profile = "app"
}
resource "aws_instance" "unknown" {
  iam_instance_profile = var.profile
}
resource "aws_instance" "null" {
  iam_instance_profile = null # want `aws_instance\.null sets iam_instance_profile to null, so the instance runs` @ "null"
}
resource "aws_instance" "empty" {
  iam_instance_profile = "" # want `aws_instance\.empty sets iam_instance_profile to an empty string, so the instance runs` @ `""`
}
resource "aws_instance" "null_var" {
  iam_instance_profile = var.no_profile # want `aws_instance\.null_var sets iam_instance_profile to null, so the instance runs` @ "var.no_profile"
}
resource "aws_instance" "from_role" {
  iam_instance_profile = aws_iam_instance_profile.app.name
}
resource "aws_instance" "gone" {
  count = 0
}
terraform {
  backend "s3" {}
}
