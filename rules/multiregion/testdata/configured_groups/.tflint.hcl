rule "aws_multi_region_incomplete" {
  enabled = true
  groups = {
    network   = ["aws_vpc"]
    messaging = ["aws_sqs_queue", "aws_sns_topic"]
  }
}
