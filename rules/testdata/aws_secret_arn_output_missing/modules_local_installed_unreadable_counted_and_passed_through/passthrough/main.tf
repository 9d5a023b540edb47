variable "value" {}
output "value" {
  value = var.value
}
