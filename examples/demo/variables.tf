variable "db_password" {
  type      = string
  sensitive = true
}

variable "domain" {
  type    = string
  default = "example.com"
}
