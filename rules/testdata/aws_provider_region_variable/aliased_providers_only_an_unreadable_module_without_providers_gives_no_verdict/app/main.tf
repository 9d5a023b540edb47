resource "aws_sqs_queue" "stray" {
  name = "stray"
}
