variable "name" {
  type = string
}

variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_sqs_queue" "this" {
  name = var.name
  tags = var.tags
}

resource "aws_cloudwatch_log_group" "this" {
  name = "/app/${var.name}"
  tags = merge(var.tags, { Owner = "app-team" })
}
