resource "random_pet" "secret" {}

module "store" {
  source = "../store"
  name   = "app/${random_pet.secret.id}"
}
