
provider "aws" {
  region = "us-east-1"
}

locals {
  encryption = "NONE"
}
variable "enc" {
  default = false
}
resource "aws_kinesis_stream" "s" {
  encryption_type = local.encryption # want `aws_kinesis_stream\.s.*encryption_type is NONE` @ "local.encryption"
}
resource "aws_efs_file_system" "fs" {
  encrypted = var.enc # want `aws_efs_file_system\.fs.*encrypted is false` @ "var.enc"
}
