provider "aws" {
  region = "us-east-1"
}

variable "name" {
  type = string
}
variable "extra" {
  type = map(string)
}
locals {
  common = { Environment = "prod" }
}
resource "aws_s3_bucket" "named" {
  tags = merge(local.common, var.name != "" ? { Name = var.name } : {}) # want `aws_s3_bucket\.named is missing the required tag "Owner":.* \(aws\)\.` @ `merge(local.common, var.name != "" ? { Name = var.name } : {})`
}
resource "aws_s3_bucket" "either" {
  tags = var.name != "" ? { Owner = "a", Environment = "b" } : local.common
}
resource "aws_s3_bucket" "extra" {
  tags = merge(local.common, var.extra)
}
resource "aws_s3_bucket" "computed_key" {
  tags = merge(local.common, { (var.name) = "x" })
}
