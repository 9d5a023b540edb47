
provider "aws" {
  region = "us-east-1"
}

variable "ebs_default" {
  type = bool
}
resource "aws_ebs_encryption_by_default" "maybe" {
  enabled = var.ebs_default
}
resource "aws_ebs_volume" "v" {}
