# An alias for another account in the same region: the root deploys to one
# region, which a variable describes.
provider "aws" {
  region = "eu-west-1" # want "hard-codes its region" @ `"eu-west-1"`
}

provider "aws" {
  alias  = "backup"
  region = "eu-west-1"
  assume_role {
    role_arn = "arn:aws:iam::111122223333:role/backup"
  }
}

resource "aws_sqs_queue" "q" {
  provider = aws.backup
  name     = "q"
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}
