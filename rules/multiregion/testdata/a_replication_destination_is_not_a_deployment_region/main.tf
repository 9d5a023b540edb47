# us-west-2 holds only what the workload in us-east-1 replicates into: a
# destination bucket with its settings (the replication rule is set up
# elsewhere, so no rule here names it), a replica table, a backup copy vault
# and a replica key to decrypt the copies.
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}
resource "aws_vpc" "main" {
}
resource "aws_subnet" "main" {
}
resource "aws_security_group" "main" {
}
resource "aws_instance" "main" {
}
resource "aws_lb" "main" {
}
resource "aws_kms_key" "main" {
  multi_region = true
}
resource "aws_s3_bucket" "main" {
}

resource "aws_s3_bucket" "replica" {
  provider = aws.dr
}
resource "aws_s3_bucket_versioning" "replica" {
  provider = aws.dr
  bucket   = aws_s3_bucket.replica.id
}
resource "aws_s3_bucket_server_side_encryption_configuration" "replica" {
  provider = aws.dr
  bucket   = aws_s3_bucket.replica.id
}
resource "aws_dynamodb_table_replica" "orders" {
  provider         = aws.dr
  global_table_arn = "arn:aws:dynamodb:us-east-1:111122223333:table/orders"
}
resource "aws_backup_vault" "copies" {
  provider = aws.dr
  name     = "copies"
}
resource "aws_kms_replica_key" "dr" {
  provider        = aws.dr
  primary_key_arn = aws_kms_key.main.arn
}
resource "aws_kms_alias" "dr" {
  provider      = aws.dr
  name          = "alias/dr"
  target_key_id = aws_kms_replica_key.dr.key_id
}
