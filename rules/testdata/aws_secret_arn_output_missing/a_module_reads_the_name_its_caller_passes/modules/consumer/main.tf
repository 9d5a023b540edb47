variable "secret_name" {
  type = string
}
variable "other_name" {
  type    = string
  default = "lookups/not-passed-default"
}
data "aws_secretsmanager_secret" "api_key" {
  name = var.secret_name
}
data "aws_secretsmanager_secret" "other" {
  name = var.other_name
}
