
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "east"
  region = "us-east-1"
}
provider "aws" { # want `Region us-west-2 \(provider aws\.west\) has no customer-managed KMS key` @ `provider "aws"`
  alias  = "west"
  region = "us-west-2"
}

resource "aws_kms_key" "main" {}
resource "aws_sqs_queue" "west" {
  provider          = aws.west
  kms_master_key_id = "alias/aws/sqs"
}
