
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

resource "aws_ebs_volume" "west" {
  provider          = aws.west
  availability_zone = "us-west-2a"
  kms_key_id        = aws_kms_key.east.arn # want `kms_key_id of aws_ebs_volume\.west uses KMS key aws_kms_key\.east, which is in us-east-1, but the resource is in us-west-2\..*use a key in us-west-2` @ "aws_kms_key.east.arn"
}
resource "aws_ebs_volume" "east" {
  provider          = aws.east
  availability_zone = "us-east-1a"
  kms_key_id        = aws_kms_key.east.arn
}
resource "aws_sqs_queue" "west" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.west.key_id
}
