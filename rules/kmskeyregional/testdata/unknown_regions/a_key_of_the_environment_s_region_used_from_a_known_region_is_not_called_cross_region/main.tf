
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_kms_key" "default" {}
resource "aws_sqs_queue" "west" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.default.arn
}
