provider "aws" {
  region = var.aws_region
}

provider "aws" {
  alias  = "eu_west_2"
  region = "eu-west-2"
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}

variable "aws_region" {
  default = "eu-west-1"
}

# a multi-Region key in eu-west-1 and its replica in eu-west-2 share the key ID mrk-...
resource "aws_kms_key" "sns" {
  multi_region        = true
  enable_key_rotation = true
}

resource "aws_kms_replica_key" "sns" {
  provider        = aws.eu_west_2
  primary_key_arn = aws_kms_key.sns.arn
}

resource "aws_kms_alias" "sns" {
  name          = "alias/sns"
  target_key_id = aws_kms_key.sns.key_id
}

# in eu-west-2 the key ID resolves to the replica: no finding
resource "aws_sns_topic" "alarms" {
  provider          = aws.eu_west_2
  name              = "alarms"
  kms_master_key_id = aws_kms_alias.sns.target_key_id
}

# no replica in us-east-1: reported
resource "aws_sns_topic" "alarms_us" {
  provider          = aws.us_east_1
  name              = "alarms"
  kms_master_key_id = aws_kms_alias.sns.target_key_id
}

# a module that is not installed (no terraform init) and is given nothing
# that leads to the key: it cannot replicate it, so it changes no verdict
module "network" {
  source = "github.com/example/terraform-aws-network?ref=v1.0.0"
  cidr   = "10.0.0.0/16"
}
