module "store" {
  source = "../store"
}

output "credentials_arn" {
  value = module.store.arn
}
