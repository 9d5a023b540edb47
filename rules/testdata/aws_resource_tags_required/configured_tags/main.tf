provider "aws" {
  region = "us-east-1"
}

resource "aws_sqs_queue" "q" {
  tags = { Environment = "prod", Owner = "team" } # want `aws_sqs_queue\.q is missing the required tag "CostCenter":.* \(aws\)\.` @ `{ Environment = "prod", Owner = "team" }`
}
