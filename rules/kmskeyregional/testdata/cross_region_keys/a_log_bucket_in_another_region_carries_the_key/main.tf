
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

resource "aws_s3_bucket" "logs" {
  provider = aws.east
}
resource "aws_guardduty_detector" "west" {
  provider = aws.west
}
resource "aws_guardduty_publishing_destination" "west" {
  provider        = aws.west
  detector_id     = aws_guardduty_detector.west.id
  destination_arn = aws_s3_bucket.logs.arn
  kms_key_arn     = aws_kms_key.east.arn
}
resource "aws_guardduty_publishing_destination" "wrong" {
  provider        = aws.west
  detector_id     = aws_guardduty_detector.west.id
  destination_arn = aws_s3_bucket.logs.arn
  kms_key_arn     = aws_kms_key.west.arn # want `aws_guardduty_publishing_destination\.wrong uses KMS key aws_kms_key\.west, which is in us-west-2, but the bucket it writes to, aws_s3_bucket\.logs, is in us-east-1\.` @ "aws_kms_key.west.arn"
}
resource "aws_config_delivery_channel" "west" {
  provider       = aws.west
  s3_bucket_name = "central-config-bucket"
  s3_kms_key_arn = aws_kms_key.east.arn
}
