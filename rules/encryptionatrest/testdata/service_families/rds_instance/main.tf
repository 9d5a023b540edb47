
provider "aws" {
  region = "us-east-1"
}

resource "aws_db_instance" "off" {
  storage_encrypted = false # want `aws_db_instance\.off stores its data unencrypted at rest: storage_encrypted is false.*Set storage_encrypted = true\..*replaces it` @ "false"
}
resource "aws_db_instance" "unset" { # want `aws_db_instance\.unset.*storage_encrypted is not set and AWS does not encrypt it by default` @ `resource "aws_db_instance" "unset"`
  engine = "postgres"
}
resource "aws_db_instance" "on" {
  storage_encrypted = true
}
