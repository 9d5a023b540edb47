variable "tags" {
  default = {}
}
resource "aws_sqs_queue" "q" {
  tags = var.tags
}
resource "aws_sns_topic" "t" {
  tags = { Environment = "x", Owner = "y" }
}
