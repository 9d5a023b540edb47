provider "aws" {
  dynamic "default_tags" {
    for_each = [1]
    content {
      tags = { Environment = "prod", Owner = "team" }
    }
  }
}
resource "aws_sqs_queue" "dyn" {}
