# An aws_kms_key data source given an alias name echoes it in key_id, and an
# aws_kms_alias data source's name is the name: AWS looks the alias up in the
# region of the resource that uses it, as for an alias name written in place.
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

data "aws_kms_key" "by_alias" {
  key_id = "alias/app-secrets"
}
data "aws_kms_alias" "app" {
  name = "alias/app-secrets"
}
data "aws_kms_key" "by_arn" {
  key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_secretsmanager_secret" "key_id_echoes_the_alias" {
  provider   = aws.west
  kms_key_id = data.aws_kms_key.by_alias.key_id
}
resource "aws_secretsmanager_secret" "alias_name" {
  provider   = aws.west
  kms_key_id = data.aws_kms_alias.app.name
}
resource "aws_secretsmanager_secret" "key_id_echoes_an_arn" {
  provider   = aws.west
  kms_key_id = data.aws_kms_key.by_arn.key_id # want `kms_key_id of aws_secretsmanager_secret\.key_id_echoes_an_arn uses KMS key data\.aws_kms_key\.by_arn, which is in us-east-1, but the resource is in us-west-2\.` @ "data.aws_kms_key.by_arn.key_id"
}
