
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

variable "encrypt" {
  type = bool
}
locals {
  keys = {
    east = aws_kms_key.east.arn
    west = aws_kms_key.west.arn
  }
  east_key = aws_kms_key.east
}
resource "aws_sqs_queue" "local_map" {
  provider          = aws.west
  kms_master_key_id = local.keys["east"] # want `aws_sqs_queue\.local_map uses KMS key aws_kms_key\.east` @ `local.keys["east"]`
}
resource "aws_sqs_queue" "local_object" {
  provider          = aws.west
  kms_master_key_id = local.east_key.arn # want `aws_sqs_queue\.local_object uses KMS key aws_kms_key\.east` @ "local.east_key.arn"
}
resource "aws_sqs_queue" "literal" {
  provider          = aws.west
  kms_master_key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" # want `aws_sqs_queue\.literal uses KMS key "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", which is in us-east-1` @ `"arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"`
}
resource "aws_sqs_queue" "maybe" {
  provider          = aws.west
  kms_master_key_id = var.encrypt ? aws_kms_key.east.arn : null # want `aws_sqs_queue\.maybe uses KMS key aws_kms_key\.east` @ "var.encrypt ? aws_kms_key.east.arn : null"
}
resource "aws_sqs_queue" "try" {
  provider          = aws.west
  kms_master_key_id = try(aws_kms_key.east.arn, "") # want `aws_sqs_queue\.try uses KMS key aws_kms_key\.east` @ `try(aws_kms_key.east.arn, "")`
}
resource "aws_sqs_queue" "one" {
  provider          = aws.west
  kms_master_key_id = one(aws_kms_key.east[*].arn) # want `aws_sqs_queue\.one uses KMS key aws_kms_key\.east` @ "one(aws_kms_key.east[*].arn)"
}
resource "aws_sqs_queue" "either" {
  provider          = aws.west
  kms_master_key_id = var.encrypt ? aws_kms_key.east.arn : aws_kms_key.west.arn
}
resource "aws_sqs_queue" "any_key" {
  provider          = aws.west
  kms_master_key_id = local.keys[var.region]
}
resource "aws_sqs_queue" "rewritten" {
  provider          = aws.west
  kms_master_key_id = replace(aws_kms_key.east.arn, "us-east-1", "us-west-2")
}
resource "aws_sqs_queue" "key_id" {
  provider          = aws.west
  kms_master_key_id = "alias/app"
}
resource "aws_sqs_queue" "literal_ok" {
  provider          = aws.west
  kms_master_key_id = "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
