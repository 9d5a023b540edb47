terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.region]
    }
  }
}

resource "aws_sqs_queue" "q" {
  provider = aws.region
  name     = "q"
}

# No provider: the module's default aws, which no call passes.
resource "aws_sqs_queue" "stray" {
  name = "stray"
}
