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
  alias  = "global"
  region = "us-east-1"
  default_tags {
    tags = { Environment = "prod", Owner = "team" }
  }
}

resource "aws_kms_key" "app" {}

resource "aws_sqs_queue" "app" {
  name              = "app"
  kms_master_key_id = aws_kms_key.app.key_id
}

# the only thing in us-east-1: a plain String parameter, nothing to encrypt
resource "aws_ssm_parameter" "marker" {
  provider = aws.global
  name     = "/app/region-marker"
  type     = "String"
  value    = "eu-west-1"
}

# a SecureString parameter is encrypted: its region needs a key of its own
provider "aws" {
  alias  = "mumbai"
  region = "ap-south-1"
  default_tags {
    tags = { Environment = "prod", Owner = "team" }
  }
}

resource "aws_ssm_parameter" "secret" {
  provider = aws.mumbai
  name     = "/app/secret"
  type     = "SecureString"
  value    = "x"
}
