
provider "aws" {
  region = "us-east-1"
}

variable "snapshot" {
  type = string
}
resource "aws_db_instance" "maybe" {
  snapshot_identifier = var.snapshot
}
