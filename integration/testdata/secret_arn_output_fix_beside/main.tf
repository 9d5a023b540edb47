provider "aws" {
  region = var.aws_region
}

variable "aws_region" {
  type    = string
  default = "eu-west-1"
}

resource "aws_secretsmanager_secret" "db" {
  name = "db"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
