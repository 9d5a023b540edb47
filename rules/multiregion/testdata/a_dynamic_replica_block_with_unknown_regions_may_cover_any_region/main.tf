provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "secondary"
  region = "us-west-2"
}

variable "replicas" {
  type = list(string)
}
resource "aws_vpc" "primary" {}
resource "aws_dynamodb_table" "orders" {
  dynamic "replica" {
    for_each = var.replicas
    content {
      region_name = replica.value
    }
  }
}
resource "aws_vpc" "secondary" {
  provider = aws.secondary
}
