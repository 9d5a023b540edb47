provider "aws" {
  alias  = "west"
  region = "us-west-2"
}
resource "aws_secretsmanager_secret" "west" {
  provider = aws.west
}
resource "aws_secretsmanager_secret" "eu" { # want `aws_secretsmanager_secret\.eu is not exposed by any output of this configuration, .* Add an output with aws_secretsmanager_secret\.eu\.arn\.` @ `resource "aws_secretsmanager_secret" "eu"`
  region = "eu-west-1"
}
output "west" {
  value = aws_secretsmanager_secret.west.arn
}
