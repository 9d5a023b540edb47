
provider "aws" {
  region = "us-east-1"
}

resource "aws_ebs_volume" "unset" { # want `aws_ebs_volume\.unset.*encrypted is not set.*EBS encryption by default in us-east-1 \(provider aws\) would also cover it` @ `resource "aws_ebs_volume" "unset"`
  availability_zone = "us-east-1a"
}
resource "aws_ebs_volume" "from_snapshot" {
  snapshot_id = "snap-1"
}
resource "aws_ebs_volume" "on" {
  encrypted = true
}
