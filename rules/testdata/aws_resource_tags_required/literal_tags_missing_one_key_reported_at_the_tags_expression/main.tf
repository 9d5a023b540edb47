provider "aws" {
  region = "us-east-1"
}

resource "aws_sqs_queue" "q" {
  tags = { Environment = "prod", owner = "lower-case key does not count" } # want `^aws_sqs_queue\.q is missing the required tag "Owner":.* \(aws\)\. It has "owner"; tag keys are case-sensitive: rename it, or set tags = \["Environment", "owner"\] in the rule block if that is your organisation's spelling\.$` @ `{ Environment = "prod", owner = "lower-case key does not count" }`
}
