variable "iam_instance_profile" {
  type    = string
  default = null
}

resource "aws_instance" "this" {
  ami                  = "ami-0123456789abcdef0"
  iam_instance_profile = var.iam_instance_profile
}
