provider "aws" {
  alias  = "west"
  region = "eu-west-1"
}

resource "aws_sqs_queue" "jobs" {
  provider = aws.west
  name     = "jobs"
}

# Gets the implicit default configuration: what keeps this root judged.
resource "aws_sns_topic" "events" { # want `aws_sns_topic\.events gets the default aws provider` @ `resource "aws_sns_topic" "events"`
  name = "events"
}
