variable "aws_region" {
  default = "eu-west-1"
}

provider "aws" {
  region = var.aws_region
  default_tags {
    tags = { Environment = "prod", Owner = "team" }
  }
}

provider "aws" {
  alias  = "eu_west_2"
  region = "eu-west-2"
  default_tags {
    tags = { Environment = "prod", Owner = "team" }
  }
}

provider "aws" {
  alias  = "global"
  region = "us-east-1"
  default_tags {
    tags = { Environment = "prod", Owner = "team" }
  }
}

# multi-Region key with its eu-west-2 replica, both inside the module
module "sns_kms" {
  source = "./modules/kms_key"
  providers = {
    aws.primary = aws
    aws.replica = aws.eu_west_2
  }
}

# a second replica of the same key, in us-east-1, declared in the root
resource "aws_kms_replica_key" "sns_global" {
  provider        = aws.global
  primary_key_arn = module.sns_kms.alias_target_key_arn
}

# mrk- key IDs are identical in every region: this topic uses the eu-west-2 replica
resource "aws_sns_topic" "alarms_eu_west_2" {
  provider          = aws.eu_west_2
  name              = "alarms"
  kms_master_key_id = module.sns_kms.alias_target_key_id
}

# no replica in ap-northeast-1: judged
provider "aws" {
  alias  = "tokyo"
  region = "ap-northeast-1"
  default_tags {
    tags = { Environment = "prod", Owner = "team" }
  }
}

resource "aws_sns_topic" "alarms_tokyo" {
  provider          = aws.tokyo
  name              = "alarms"
  kms_master_key_id = module.sns_kms.alias_target_key_id
}
