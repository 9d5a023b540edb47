variable "host" {}
module "cdn" {
  source      = "../cdn"
  host        = var.host
  with_port   = "wrapped.example.com"
  server_name = "wrapped"
}
