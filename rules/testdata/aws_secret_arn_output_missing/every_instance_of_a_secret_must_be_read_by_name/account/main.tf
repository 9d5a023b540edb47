provider "aws" {
  region = "eu-west-1"
}
resource "aws_secretsmanager_secret" "all_read" {
  for_each = toset(["a", "b"])
  name     = "lookups/each-all-${each.key}"
}
resource "aws_secretsmanager_secret" "one_read" { # want `aws_secretsmanager_secret\.one_read is not exposed by any output of this configuration` @ `resource "aws_secretsmanager_secret" "one_read"`
  for_each = toset(["a", "b"])
  name     = "lookups/each-one-${each.key}"
}
