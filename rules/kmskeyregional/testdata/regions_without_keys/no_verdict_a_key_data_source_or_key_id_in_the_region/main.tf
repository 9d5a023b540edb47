
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "east"
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_kms_key" "main" {}
data "aws_kms_key" "west" {
  provider = aws.west
  key_id   = "alias/platform"
}
resource "aws_sqs_queue" "west" {
  provider          = aws.west
  kms_master_key_id = "alias/app"
}
provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}
resource "aws_sqs_queue" "eu" {
  provider          = aws.eu
  kms_master_key_id = "alias/app"
}
