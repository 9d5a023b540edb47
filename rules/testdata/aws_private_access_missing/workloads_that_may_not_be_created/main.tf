provider "aws" {
  region = "us-east-1"
}

variable "create" {
  type = bool
}
variable "azs" {
  type = list(string)
}
resource "aws_instance" "main" {
  count = var.create ? 1 : 0
}
resource "aws_instance" "web" {
  for_each = toset(var.azs)
}
