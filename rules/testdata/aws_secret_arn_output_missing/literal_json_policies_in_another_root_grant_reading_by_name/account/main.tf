provider "aws" {
  region = "eu-west-1"
}
resource "aws_secretsmanager_secret" "api_key" {
  name = "govuk/signon/api-key"
}
resource "aws_secretsmanager_secret" "webhook" {
  name = "platform/slack/webhook"
}
resource "aws_secretsmanager_secret" "token" { # want `aws_secretsmanager_secret\.token is not exposed by any output of this configuration` @ `resource "aws_secretsmanager_secret" "token"`
  name = "other/token"
}
