
provider "aws" {
  region = "us-east-1"
}

resource "aws_ebs_volume" "per_az" {
  for_each          = { a = false, b = true }
  availability_zone = "us-east-1${each.key}"
  encrypted         = each.value # want `aws_ebs_volume\.per_az stores its data unencrypted.*encrypted is false` @ "each.value"
}
resource "aws_ebs_volume" "all_on" {
  count     = 2
  encrypted = count.index >= 0
}
resource "aws_ebs_volume" "none" {
  count = 0
}
variable "n" {
  type = number
}
resource "aws_ebs_volume" "unknown_count" {
  count     = var.n
  encrypted = count.index == 0
}
