provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

variable "vgw_id" {
  type = string
}
resource "aws_instance" "east" {}
resource "aws_dx_gateway_association" "any" {
  provider              = aws.west
  associated_gateway_id = var.vgw_id
}
