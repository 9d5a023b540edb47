
variable "region" {
  type = string
}
provider "aws" {
  region = var.region
}
resource "aws_ebs_volume" "v" {}
