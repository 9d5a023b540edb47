
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "east"
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_kms_key" "east" {
  provider = aws.east
}
resource "aws_kms_key" "west" {
  provider = aws.west
}

resource "aws_instance" "west" {
  provider = aws.west
  root_block_device {
    kms_key_id = aws_kms_key.east.arn # want `root_block_device\.kms_key_id of aws_instance\.west` @ "aws_kms_key.east.arn"
  }
  dynamic "ebs_block_device" {
    for_each = ["/dev/sdb"]
    content {
      device_name = ebs_block_device.value
      kms_key_id  = aws_kms_key.east.arn # want `ebs_block_device\.kms_key_id of aws_instance\.west` @ "aws_kms_key.east.arn"
    }
  }
  dynamic "ebs_block_device" {
    for_each = var.disks
    content {
      kms_key_id = ebs_block_device.value.key
    }
  }
}
resource "aws_eks_cluster" "west" {
  provider = aws.west
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.east.arn # want `encryption_config\.provider\.key_arn of aws_eks_cluster\.west` @ "aws_kms_key.east.arn"
    }
  }
}
