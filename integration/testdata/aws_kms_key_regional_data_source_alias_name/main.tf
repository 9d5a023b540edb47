provider "aws" {
  region = var.aws_region
  default_tags {
    tags = { Environment = "prod", Owner = "team" }
  }
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
  default_tags {
    tags = { Environment = "prod", Owner = "team" }
  }
}

variable "aws_region" {
  default = "us-east-1"
}

# looked up by alias name in us-east-1; .key_id echoes "alias/app-secrets"
data "aws_kms_key" "secrets" {
  key_id = "alias/app-secrets"
}

resource "aws_secretsmanager_secret" "west" {
  provider   = aws.west
  name       = "app-west"
  kms_key_id = data.aws_kms_key.secrets.key_id
}

output "west_secret_arn" {
  value = aws_secretsmanager_secret.west.arn
}

# alias name read from an aws_kms_alias data source: also looked up in us-west-2
data "aws_kms_alias" "secrets" {
  name = "alias/app-secrets"
}

resource "aws_secretsmanager_secret" "west_by_alias" {
  provider   = aws.west
  name       = "app-west-by-alias"
  kms_key_id = data.aws_kms_alias.secrets.name
}

# the key's ARN names us-east-1: judged
resource "aws_secretsmanager_secret" "west_by_arn" {
  provider   = aws.west
  name       = "app-west-by-arn"
  kms_key_id = data.aws_kms_key.secrets.arn
}
