provider "aws" {
  region = var.aws_region
  default_tags {
    tags = { Environment = "prod", Owner = "team" }
  }
}

provider "aws" {
  alias  = "global"
  region = "us-east-1"
}

variable "aws_region" {
  default = "eu-west-1"
}

# alias of a multi-Region key made in another root; only its key ID is used
data "aws_kms_alias" "sns_global" {
  provider = aws.global
  name     = "alias/sns-mrk"
}

resource "aws_sns_topic" "alarms" {
  name              = "alarms"
  kms_master_key_id = data.aws_kms_alias.sns_global.target_key_id
}

# the alias's ARN names us-east-1: judged
resource "aws_sns_topic" "alarms_by_arn" {
  name              = "alarms-by-arn"
  kms_master_key_id = data.aws_kms_alias.sns_global.target_key_arn
}
