locals {
  region = "eu-west-1"
}

provider "aws" {
  region = local.region # want "hard-codes its region" @ "local.region"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
