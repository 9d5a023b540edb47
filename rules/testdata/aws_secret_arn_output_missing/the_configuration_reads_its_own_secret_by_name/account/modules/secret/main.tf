variable "app" {
  type = string
}
resource "aws_secretsmanager_secret" "api_key" {
  name = "${var.app}/api-key"
}
