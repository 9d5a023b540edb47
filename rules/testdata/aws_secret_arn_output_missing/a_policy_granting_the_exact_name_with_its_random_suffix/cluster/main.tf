provider "aws" {
  region = "eu-west-1"
}
locals {
  secrets_prefix = "govuk"
}
data "aws_region" "current" {}
data "aws_caller_identity" "current" {}
data "aws_iam_policy_document" "external_secrets" {
  statement {
    actions = [
      "secretsmanager:DescribeSecret",
      "*",
      "SecretsManager:*",
    ]
    resources = [
      "arn:aws:secretsmanager:*:*:secret:${local.secrets_prefix}/signon/api-key-??????",
    ]
  }
}
