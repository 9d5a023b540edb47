provider "aws" {
  region = var.region
}
variable "region" {
  type    = string
  default = "eu-west-1"
}
locals {
  app = "lookups-template"
}
resource "aws_secretsmanager_secret" "api_key" {
  name = "${local.app}-${var.region}-api-key"
}
