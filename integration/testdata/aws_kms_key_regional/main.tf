terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_kms_key" "east" {}

resource "aws_kms_alias" "east" {
  name          = "alias/app"
  target_key_id = aws_kms_key.east.key_id
}

resource "aws_kms_key" "west" {
  provider = aws.west
}

# Provider v6: a key placed in a region by its own region argument.
resource "aws_kms_key" "eu" {
  region = "eu-west-1"
}

# An alias of the us-east-1 key used in us-west-2.
resource "aws_cloudwatch_log_group" "west" {
  provider   = aws.west
  name       = "app"
  kms_key_id = aws_kms_alias.east.arn
}

resource "aws_cloudwatch_log_group" "east" {
  name       = "app"
  kms_key_id = aws_kms_alias.east.arn
}

resource "aws_sqs_queue" "eu" {
  region            = "eu-west-1"
  kms_master_key_id = aws_kms_key.east.arn
}

resource "aws_sqs_queue" "eu_ok" {
  region            = "eu-west-1"
  kms_master_key_id = aws_kms_key.eu.arn
}

# One local module per region; the root passes each the key ARN.
module "app_east" {
  source      = "./modules/app"
  kms_key_arn = aws_kms_key.east.arn
}

module "app_west" {
  source      = "./modules/app"
  providers   = { aws = aws.west }
  kms_key_arn = aws_kms_key.east.arn
}

module "app_west_ok" {
  source      = "./modules/app"
  providers   = { aws = aws.west }
  kms_key_arn = aws_kms_key.west.arn
}

resource "aws_instance" "west" {
  provider      = aws.west
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  dynamic "ebs_block_device" {
    for_each = toset(["/dev/sdf"])
    content {
      device_name = ebs_block_device.value
      encrypted   = true
      kms_key_id  = aws_kms_key.east.arn
    }
  }
}

# An object-typed attribute rather than a block.
resource "aws_s3tables_table_bucket" "west" {
  provider = aws.west
  name     = "analytics"
  encryption_configuration = {
    kms_key_arn   = aws_kms_key.east.arn
    sse_algorithm = "aws:kms"
  }
}
