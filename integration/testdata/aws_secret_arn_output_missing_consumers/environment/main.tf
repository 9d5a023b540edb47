provider "aws" {
  region = local.region
}

locals {
  region = "eu-west-2"
}

data "aws_secretsmanager_secret" "notify_api_key" {
  name = "consumers-fixture/notify-api-key"
}

data "aws_secretsmanager_secret_version" "api_key" {
  secret_id = "consumers-fixture-${local.region}-api-key"
}
