# The terraform-aws-modules/ec2-instance pattern: an optional profile, null
# unless the caller passes one.
variable "iam_instance_profile" {
  type    = string
  default = null
}

resource "aws_instance" "this" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = var.iam_instance_profile
}
