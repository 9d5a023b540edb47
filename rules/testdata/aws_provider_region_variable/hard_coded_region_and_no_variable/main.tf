provider "aws" {
  region = "us-east-1" # want `This root declares no variable "aws_region" and its default aws provider hard-codes its region, so the same .* Declare variable "aws_region" and set region = var\.aws_region in the default aws provider block\.` @ `"us-east-1"`
}
