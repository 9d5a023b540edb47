# No default provider "aws" block: the default provider takes its region from
# the environment (AWS_REGION, the profile), which may well be us-west-2.
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}

# The environment's region has a key; it may be us-west-2 or eu-west-1, so
# neither is reported as a region without a key of its own.
resource "aws_kms_key" "default" {}

resource "aws_s3_bucket" "default" {}

resource "aws_s3_bucket" "west" {
  provider = aws.west
}

# Whether this key is in the queue's region cannot be told: no finding.
resource "aws_sqs_queue" "west" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.default.arn
}

# Both regions known and different: reported.
resource "aws_kms_key" "eu" {
  provider = aws.eu
}

resource "aws_sqs_queue" "west_with_eu_key" {
  provider          = aws.west
  kms_master_key_id = aws_kms_key.eu.arn
}
