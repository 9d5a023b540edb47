
provider "aws" {}
provider "aws" {
  alias   = "audit"
  profile = "audit"
}
resource "aws_kms_key" "main" {}
resource "aws_cloudwatch_log_group" "audit" {
  provider = aws.audit
  name     = "audit"
}
