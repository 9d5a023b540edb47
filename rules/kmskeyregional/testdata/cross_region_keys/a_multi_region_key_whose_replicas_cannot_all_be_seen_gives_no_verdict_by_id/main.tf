
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

resource "aws_kms_key" "east" {
  provider = aws.east
}
resource "aws_kms_key" "west" {
  provider = aws.west
}

variable "multi" {
  type = bool
}
variable "primary" {
  type = string
}
resource "aws_kms_key" "maybe" {
  provider     = aws.east
  multi_region = var.multi
}
resource "aws_kms_key" "mrk" {
  provider     = aws.east
  multi_region = true
}
resource "aws_kms_replica_key" "elsewhere" {
  provider        = aws.west
  primary_key_arn = var.primary
}
resource "aws_sqs_queue" "maybe" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.maybe.key_id
}
resource "aws_sqs_queue" "mrk" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.mrk.key_id
}
