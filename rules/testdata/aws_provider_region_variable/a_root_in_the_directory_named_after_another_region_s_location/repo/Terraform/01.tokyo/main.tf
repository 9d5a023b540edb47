# Tokyo is ap-northeast-1's location, not us-east-1's.
provider "aws" {
  region = "us-east-1" # want "hard-codes its region" @ `"us-east-1"`
}

resource "aws_sqs_queue" "q" {
  name = "q"
}
