variable "encrypted" {}

resource "aws_ebs_volume" "v" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = var.encrypted
}
