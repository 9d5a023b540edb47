provider "aws" {
  region = "eu-west-1"
}
resource "aws_secretsmanager_secret" "api_key" { # want `aws_secretsmanager_secret\.api_key is not exposed by any output of this configuration` @ `resource "aws_secretsmanager_secret" "api_key"`
  name = "govuk/signon/api-key"
}
