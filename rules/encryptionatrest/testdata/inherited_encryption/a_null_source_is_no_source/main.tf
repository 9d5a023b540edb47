
provider "aws" {
  region = "us-east-1"
}

variable "snapshot" {
  type    = string
  default = null
}
resource "aws_db_instance" "fresh" { # want `aws_db_instance\.fresh.*storage_encrypted is not set` @ `resource "aws_db_instance" "fresh"`
  snapshot_identifier = var.snapshot
}
