terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.primary, aws.replica]
    }
  }
}

resource "aws_kms_key" "main" {
  provider     = aws.primary
  multi_region = true
}

resource "aws_kms_replica_key" "main" {
  provider        = aws.replica
  primary_key_arn = aws_kms_key.main.arn
}

resource "aws_kms_alias" "primary" {
  provider      = aws.primary
  name          = "alias/sns"
  target_key_id = aws_kms_key.main.key_id
}

output "alias_target_key_arn" {
  value = aws_kms_alias.primary.target_key_arn
}

output "alias_target_key_id" {
  value = aws_kms_alias.primary.target_key_id
}
