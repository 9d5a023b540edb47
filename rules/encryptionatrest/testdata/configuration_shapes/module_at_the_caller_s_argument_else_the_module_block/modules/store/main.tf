
variable "encrypted" {
  type    = bool
  default = true
}
resource "aws_ebs_volume" "data" {
  availability_zone = "us-east-1a"
  encrypted         = var.encrypted
}
resource "aws_efs_file_system" "shared" {}
