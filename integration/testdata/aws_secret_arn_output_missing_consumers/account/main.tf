provider "aws" {
  region = var.region
}

variable "region" {
  type    = string
  default = "eu-west-2"
}

locals {
  app = "consumers-fixture"
}

# environment/ reads this secret by its name: no output needed.
resource "aws_secretsmanager_secret" "notify_api_key" {
  name = "consumers-fixture/notify-api-key"
}

# environment/ reads this one through a secret version, by the name its locals build.
resource "aws_secretsmanager_secret" "api_key" {
  name = "${local.app}-${var.region}-api-key"
}

# Nothing reads this one by name: reported.
resource "aws_secretsmanager_secret" "unread" {
  name = "consumers-fixture/unread"
}
