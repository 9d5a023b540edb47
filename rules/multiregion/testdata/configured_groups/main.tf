provider "aws" {
  region = "us-east-1"
}
provider "aws" { # want `^us-west-2 \(provider aws\.secondary\) lacks messaging, present in us-east-1: aws_sqs_queue\.primary\.` @ `provider "aws"`
  alias  = "secondary"
  region = "us-west-2"
}

resource "aws_vpc" "primary" {}
resource "aws_sqs_queue" "primary" {}
resource "aws_vpc" "secondary" {
  provider = aws.secondary
}
resource "aws_subnet" "primary" {}
