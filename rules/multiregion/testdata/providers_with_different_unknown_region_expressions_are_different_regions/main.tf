variable "region" {
  type = string
}
variable "dr_region" {
  type = string
}
provider "aws" {
  region = var.region
}
provider "aws" { # want `^The region of provider aws\.dr lacks subnets, present in the region of provider aws: aws_subnet\.primary\.` @ `provider "aws"`
  alias  = "dr"
  region = var.dr_region
}
resource "aws_vpc" "primary" {}
resource "aws_subnet" "primary" {}
resource "aws_vpc" "dr" {
  provider = aws.dr
}
