variable "region" {
  type    = string
  default = null
}
resource "aws_instance" "this" {
  region = var.region
}
