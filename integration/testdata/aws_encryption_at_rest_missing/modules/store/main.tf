variable "encrypted" {
  type    = bool
  default = true
}

resource "aws_ebs_volume" "data" {
  availability_zone = "us-east-1a"
  encrypted         = var.encrypted
}

resource "aws_workspaces_workspace" "desk" {
  directory_id = "d-1234567890"
  bundle_id    = "wsb-1234567890"
  user_name    = "jane"
}
