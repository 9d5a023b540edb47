provider "aws" {
  region = "us-east-1"
}

resource "aws_sqs_queue" "q" {
  tags = { Environment = "prod", owner = "lower-case key does not count" } # want `aws_sqs_queue\.q is missing the required tag "Owner":.* \(aws\)\.` @ `{ Environment = "prod", owner = "lower-case key does not count" }`
}
