variable "aws_region" {
  type = string
}

provider "aws" {
  region = var.aws_region # want `This root declares no variable "region" and its default aws provider takes its region from var\.aws_region, so setting region .* Declare variable "region" and set region = var\.region in the default aws provider block\.` @ "var.aws_region"
}
