provider "aws" {
  region = local.region
}
locals {
  service = "lookups"
  region  = "eu-west-1"
  secrets = {
    api_key = "${local.service}-template-${local.region}-api-key"
  }
}
data "aws_secretsmanager_secret" "each" {
  for_each = local.secrets
  name     = each.value
}
