provider "aws" {
  region = "eu-west-1"
}
data "aws_secretsmanager_secret" "all" {
  for_each = toset(["a", "b"])
  name     = "lookups/each-all-${each.key}"
}
data "aws_secretsmanager_secret" "one" {
  name = "lookups/each-one-a"
}
