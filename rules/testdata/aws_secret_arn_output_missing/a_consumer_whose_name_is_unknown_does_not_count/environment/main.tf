provider "aws" {
  region = "eu-west-1"
}
variable "secret_name" {
  type = string
}
data "aws_secretsmanager_secret" "api_key" {
  name = var.secret_name
}
