variable "region" {
  type    = string
  default = null
}
variable "subnets" {
  type    = number
  default = 2
}
resource "aws_vpc" "this" {
  region = var.region
}
resource "aws_subnet" "this" {
  count  = var.subnets
  region = var.region
}
