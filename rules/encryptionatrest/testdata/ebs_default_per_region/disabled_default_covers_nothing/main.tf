
provider "aws" {
  region = "us-east-1"
}

resource "aws_ebs_encryption_by_default" "off" {
  enabled = false
}
resource "aws_ebs_volume" "v" {} # want `aws_ebs_volume\.v` @ `resource "aws_ebs_volume" "v"`
