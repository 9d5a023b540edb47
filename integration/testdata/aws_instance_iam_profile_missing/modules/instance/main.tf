# The terraform-aws-modules/ec2-instance pattern: an optional launch template
# and an optional profile, both null unless the caller passes them.
variable "launch_template" {
  type    = map(string)
  default = null
}

variable "iam_instance_profile" {
  type    = string
  default = null
}

resource "aws_instance" "this" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = var.iam_instance_profile

  dynamic "launch_template" {
    for_each = var.launch_template != null ? [var.launch_template] : []
    content {
      id = launch_template.value.id
    }
  }
}
