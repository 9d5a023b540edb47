provider "aws" {
  region = "eu-west-1"
}
resource "aws_secretsmanager_secret" "api_key" {
  name = "lookups/passed-by-caller"
}
resource "aws_secretsmanager_secret" "unread" { # want `aws_secretsmanager_secret\.unread is not exposed by any output of this configuration` @ `resource "aws_secretsmanager_secret" "unread"`
  name = "lookups/not-passed"
}
