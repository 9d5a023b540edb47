module "store" {
  source = "../store"
}

