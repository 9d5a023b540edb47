variable "name" {}

resource "aws_sns_topic" "this" {
  name = var.name
}
