provider "aws" { # want `^Provider configuration aws has no default_tags, and 1 resource that does not set it itself \(aws_sqs_queue\.q\) lacks the required tag "CostCenter":` @ `provider "aws"`
  region = "us-east-1"
}

resource "aws_sqs_queue" "q" {
  tags = { Environment = "prod", Owner = "team" }
}
