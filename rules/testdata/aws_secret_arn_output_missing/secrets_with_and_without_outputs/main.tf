provider "aws" {
  region = "us-east-1"
}
resource "aws_secretsmanager_secret" "by_arn" {}
resource "aws_secretsmanager_secret" "by_id" {}
resource "aws_secretsmanager_secret" "whole" {}
resource "aws_secretsmanager_secret" "in_map" {}
resource "aws_secretsmanager_secret" "in_template" {}
resource "aws_secretsmanager_secret" "via_local" {}
resource "aws_secretsmanager_secret" "via_version" {}
resource "aws_secretsmanager_secret_version" "v" {
  secret_id     = aws_secretsmanager_secret.via_version.id
  secret_string = "x"
}
resource "aws_secretsmanager_secret" "by_name" {} # want `aws_secretsmanager_secret\.by_name is not exposed by any output of this configuration, .* Add an output with aws_secretsmanager_secret\.by_name\.arn\.` @ `resource "aws_secretsmanager_secret" "by_name"`
resource "aws_secretsmanager_secret" "silent" {} # want `aws_secretsmanager_secret\.silent is not exposed by any output of this configuration, .* Add an output with aws_secretsmanager_secret\.silent\.arn\.` @ `resource "aws_secretsmanager_secret" "silent"`
resource "aws_secretsmanager_secret" "gone" {
  count = 0
}
resource "aws_secretsmanager_secret" "via_version_id" {}
resource "aws_secretsmanager_secret_version" "w" {
  secret_id     = aws_secretsmanager_secret.via_version_id.id
  secret_string = "x"
}
output "version_id" {
  value = aws_secretsmanager_secret_version.w.id
}
locals {
  arns = [aws_secretsmanager_secret.via_local.arn]
}
output "by_arn" {
  value = aws_secretsmanager_secret.by_arn.arn
}
output "by_id" {
  value = aws_secretsmanager_secret.by_id.id
}
output "whole" {
  value     = aws_secretsmanager_secret.whole
  sensitive = true
}
output "map" {
  value = { api = aws_secretsmanager_secret.in_map.arn }
}
output "template" {
  value = "secret: ${aws_secretsmanager_secret.in_template.arn}"
}
output "local" {
  value = local.arns
}
output "version" {
  value = aws_secretsmanager_secret_version.v.arn
}
output "name" {
  value = aws_secretsmanager_secret.by_name.name
}
