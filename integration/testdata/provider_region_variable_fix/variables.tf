variable "environment" {
  type    = string
  default = "prod"
}
