
variable "dr_region" {
  type = string
}
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "dr"
  region = var.dr_region
}
resource "aws_kms_key" "dr" {
  provider = aws.dr
}
resource "aws_s3_bucket" "dr" {
  provider = aws.dr
}
resource "aws_s3_bucket" "main" {}
