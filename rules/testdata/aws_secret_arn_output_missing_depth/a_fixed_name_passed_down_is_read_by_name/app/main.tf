module "store" {
  source = "../store"
  name   = "app/db-credentials"
}
