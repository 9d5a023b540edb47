
provider "aws" {
  region = "us-east-1"
}

resource "aws_redshift_cluster" "unset" {}
resource "aws_redshift_cluster" "off" {
  encrypted = "false" # want `aws_redshift_cluster\.off.*encrypted is false` @ `"false"`
}
