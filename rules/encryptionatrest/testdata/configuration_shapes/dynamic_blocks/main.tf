
provider "aws" {
  region = "us-east-1"
}

resource "aws_instance" "web" {
  dynamic "ebs_block_device" {
    for_each = { sdf = false, sdg = true }
    content {
      device_name = "/dev/${ebs_block_device.key}"
      encrypted   = ebs_block_device.value # want `aws_instance\.web.*ebs_block_device\.encrypted is false` @ "ebs_block_device.value"
    }
  }
}
resource "aws_instance" "empty" {
  dynamic "ebs_block_device" {
    for_each = {}
    content {
      device_name = "/dev/sdf"
    }
  }
}
resource "aws_opensearch_domain" "d" {
  dynamic "encrypt_at_rest" {
    for_each = [1]
    content {
      enabled = false # want `aws_opensearch_domain\.d.*encrypt_at_rest\.enabled is false` @ "false"
    }
  }
}
