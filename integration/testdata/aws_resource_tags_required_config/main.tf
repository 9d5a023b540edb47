# A deployable configuration with no provider "aws" block: no default_tags.
terraform {
  backend "s3" {}
}

variable "team_tags" {
  type = map(string)
}

# Owner comes from terraform.tfvars; CostCenter is missing.
resource "aws_ecr_repository" "app" {
  name = "app"
  tags = var.team_tags
}

resource "aws_ecr_repository" "billing" {
  name = "billing"
  tags = merge(var.team_tags, { CostCenter = "4200" })
}

# The defaults (Environment, Owner) are not required here.
resource "aws_sns_topic" "events" {
  name = "events"
  tags = { CostCenter = "4200", Owner = "events" }
}
