
variable "aws_region" {
  type = string
}
provider "aws" {
  region = var.aws_region
}
provider "aws" {
  alias  = "network"
  region = var.aws_region
  assume_role {
    role_arn = "arn:aws:iam::111111111111:role/network"
  }
}
resource "aws_kms_key" "main" {}
resource "aws_cloudwatch_log_group" "flow" {
  provider = aws.network
  name     = "flow"
}
