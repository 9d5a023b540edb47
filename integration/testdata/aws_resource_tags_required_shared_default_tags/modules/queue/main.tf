resource "aws_sqs_queue" "this" {
  name = "edge"
}
