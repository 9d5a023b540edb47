variable "region" {}
provider "aws" {
  region = var.region
}
resource "aws_vpc" "this" {}
