
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_kms_key" "west" {
  provider = aws.west
}
resource "aws_sqs_queue" "default" {
  kms_master_key_id = aws_kms_key.west.arn
}
