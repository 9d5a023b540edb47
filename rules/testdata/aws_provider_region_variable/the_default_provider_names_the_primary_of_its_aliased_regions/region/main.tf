terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.region, aws.management]
    }
  }
}

resource "aws_sqs_queue" "q" {
  provider = aws.region
  name     = "q"
}
