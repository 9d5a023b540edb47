# The region comes only from terraform.tfvars: TFLint evaluates the root
# module's variables, so the rule sees us-east-1.
variable "aws_region" {
  type = string
}

provider "aws" {
  region = var.aws_region
}

# A cross-account alias in the same region: not a region of its own.
provider "aws" {
  alias  = "network"
  region = var.aws_region

  assume_role {
    role_arn = "arn:aws:iam::111111111111:role/network"
  }
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_kms_key" "app" {}

resource "aws_kms_key" "west" {
  provider = aws.west
}

resource "aws_cloudwatch_log_group" "flow" {
  provider = aws.network
  name     = "flow"
}

resource "aws_sqs_queue" "west" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.app.arn
}
