
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_ebs_encryption_by_default" "west" {
  region = "us-west-2"
}

resource "aws_ebs_volume" "east" { # want `aws_ebs_volume\.east.*EBS encryption by default in us-east-1 \(provider aws\) would also cover it` @ `resource "aws_ebs_volume" "east"`
  availability_zone = "us-east-1a"
}
resource "aws_ebs_volume" "west" {
  provider          = aws.west
  availability_zone = "us-west-2a"
  encrypted         = false
}
resource "aws_instance" "west" {
  provider = aws.west
  ebs_block_device {
    device_name = "/dev/sdf"
  }
}
