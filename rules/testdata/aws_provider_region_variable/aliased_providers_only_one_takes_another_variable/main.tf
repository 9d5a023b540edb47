variable "region" {
  type = string
}

provider "aws" {
  alias  = "edge"
  region = "us-east-1"
}

provider "aws" {
  alias  = "main"
  region = var.region
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
