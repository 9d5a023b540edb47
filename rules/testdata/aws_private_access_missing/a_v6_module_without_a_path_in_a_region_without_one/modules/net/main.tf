variable "region" {
  type    = string
  default = null
}
resource "aws_vpc" "this" {
  region = var.region
}
