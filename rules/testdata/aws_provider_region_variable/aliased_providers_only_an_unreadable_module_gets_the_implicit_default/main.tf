provider "aws" {
  alias  = "primary"
  region = "us-east-1" # want `This root declares neither variable "aws_region" nor a default aws provider, and provider aws\.primary hard-codes its region` @ `"us-east-1"`
}

resource "aws_sqs_queue" "primary" {
  provider = aws.primary
  name     = "q"
}

# No providers map: the module gets the implicit default configuration.
module "app" {
  source = "git::https://example.com/app.git"
}
