provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "frankfurt"
  region = "eu-central-1"
}

resource "aws_kms_key" "data" {}

# ebs_default_regions: a landing zone turns EBS encryption by default on in eu-west-1.
resource "aws_ebs_volume" "ireland" {
  availability_zone = "eu-west-1a" # silent
}

resource "aws_ebs_volume" "frankfurt" {
  provider          = aws.frankfurt
  availability_zone = "eu-central-1a" # finding: no default there
}

# require_customer_managed_key: encrypted, but with an AWS owned or managed key.
resource "aws_dynamodb_table" "owned_key" {
  name     = "owned"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "customer_key" {
  name     = "customer"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.data.arn
  }
}

resource "aws_db_instance" "managed_key" {
  storage_encrypted = true # finding: no kms_key_id
}

resource "aws_sqs_queue" "aws_alias" {
  kms_master_key_id = "alias/aws/sqs" # finding: an AWS managed key
}

resource "aws_secretsmanager_secret" "api" {
  kms_key_id = aws_kms_key.data.id
}

resource "aws_cloudwatch_log_group" "app" {} # finding
