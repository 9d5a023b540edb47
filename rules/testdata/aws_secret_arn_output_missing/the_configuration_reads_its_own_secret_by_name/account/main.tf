provider "aws" {
  region = "eu-west-1"
}
module "secret" {
  source = "./modules/secret"
  app    = "lookups-own"
}
data "aws_secretsmanager_secret_version" "api_key" {
  secret_id = "lookups-own/api-key"
}
