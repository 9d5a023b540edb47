variable "create_compute" {
  type    = bool
  default = true
}
resource "aws_vpc" "this" {}
resource "aws_subnet" "this" {}
resource "aws_instance" "this" {
  count = var.create_compute ? 1 : 0
}
