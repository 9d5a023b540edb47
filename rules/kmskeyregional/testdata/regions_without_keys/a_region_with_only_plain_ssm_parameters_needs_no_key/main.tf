# String and StringList parameters are stored unencrypted: a region holding
# only those has nothing to encrypt. A SecureString parameter takes a key.
# A parameter whose type cannot be known gives no verdict.
provider "aws" {
  region = "eu-west-1"
}
provider "aws" {
  alias  = "global"
  region = "us-east-1"
}
provider "aws" { # want `Region ap-south-1 \(provider aws\.mumbai\) has no customer-managed KMS key of its own, while eu-west-1 has aws_kms_key\.app\.` @ `provider "aws"`
  alias  = "mumbai"
  region = "ap-south-1"
}
provider "aws" {
  alias  = "oregon"
  region = "us-west-2"
}

variable "parameter_type" {
  type = string
}

resource "aws_kms_key" "app" {}

resource "aws_sqs_queue" "app" {
  kms_master_key_id = aws_kms_key.app.key_id
}

resource "aws_ssm_parameter" "marker" {
  provider = aws.global
  name     = "/app/region-marker"
  type     = "String"
  value    = "eu-west-1"
}
resource "aws_ssm_parameter" "list" {
  provider = aws.global
  name     = "/app/regions"
  type     = "StringList"
  value    = "eu-west-1,us-east-1"
}

resource "aws_ssm_parameter" "secret" {
  provider = aws.mumbai
  name     = "/app/secret"
  type     = "SecureString"
  value    = "x"
}

resource "aws_ssm_parameter" "either" {
  provider = aws.oregon
  name     = "/app/either"
  type     = var.parameter_type
  value    = "x"
}
