
provider "aws" {
  region = "us-east-1"
}

resource "aws_kinesis_firehose_delivery_stream" "direct_put" { # want `aws_kinesis_firehose_delivery_stream\.direct_put is encrypted at rest with an AWS owned or AWS managed key: set server_side_encryption\.key_arn` @ `resource "aws_kinesis_firehose_delivery_stream" "direct_put"`
  destination = "extended_s3"
}
resource "aws_kinesis_firehose_delivery_stream" "from_stream" {
  destination = "extended_s3"
  kinesis_source_configuration {
    kinesis_stream_arn = "arn:aws:kinesis:us-east-1:111122223333:stream/s"
  }
}
