resource "aws_sqs_queue" "this" {
  tags = { Name = "q" }
}
resource "aws_sns_topic" "this" {}
