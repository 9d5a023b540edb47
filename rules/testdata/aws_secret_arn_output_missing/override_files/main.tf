provider "aws" {}
resource "aws_secretsmanager_secret" "s" {}
output "s" {
  value = "to be replaced"
}
