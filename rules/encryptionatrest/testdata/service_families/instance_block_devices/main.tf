
provider "aws" {
  region = "us-east-1"
}

resource "aws_instance" "web" {
  root_block_device {
    volume_size = 20
  }
  ebs_block_device { # want `aws_instance\.web.*ebs_block_device\.encrypted is not set` @ "ebs_block_device"
    device_name = "/dev/sdf"
  }
  ebs_block_device {
    device_name = "/dev/sdg"
    snapshot_id = "snap-1"
  }
  ebs_block_device {
    device_name = "/dev/sdh"
    encrypted   = false # want `aws_instance\.web.*ebs_block_device\.encrypted is false` @ "false"
  }
}
resource "aws_launch_template" "lt" {
  block_device_mappings {
    ebs {
      encrypted = "false" # want `aws_launch_template\.lt.*block_device_mappings\.ebs\.encrypted is false` @ `"false"`
    }
  }
  block_device_mappings {
    ebs {
      volume_size = 20
    }
  }
}
