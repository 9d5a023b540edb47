variable "tags" {
  default = {}
}
resource "aws_sqs_queue" "this" {
  tags = var.tags
}
module "inner" {
  source = "../inner"
  tags   = var.tags
}
