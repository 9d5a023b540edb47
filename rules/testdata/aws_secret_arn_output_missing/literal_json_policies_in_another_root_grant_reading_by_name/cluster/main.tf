provider "aws" {
  region = "eu-west-1"
}
data "aws_caller_identity" "current" {}
resource "aws_iam_role_policy" "external_secrets" {
  role = "external-secrets"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"]
      Resource = "arn:aws:secretsmanager:eu-west-1:${data.aws_caller_identity.current.account_id}:secret:govuk/*"
    }]
  })
}
resource "aws_iam_policy" "webhook" {
  name   = "webhook"
  policy = <<-JSON
    {
      "Version": "2012-10-17",
      "Statement": {
        "Effect": "Allow",
        "Action": "secretsmanager:GetSecretValue",
        "Resource": ["arn:aws:secretsmanager:eu-west-1:111122223333:secret:platform/slack/webhook-??????"]
      }
    }
  JSON
}
resource "aws_iam_policy" "everything" {
  name = "everything"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Action = "*", Resource = "*" },
      { Effect = "Deny", Action = "secretsmanager:GetSecretValue", Resource = "arn:aws:secretsmanager:*:*:secret:other/*" },
    ]
  })
}
