
provider "aws" {
  region = "us-east-1"
}
resource "aws_kms_key" "mrk" {
  multi_region = true
}
resource "aws_kms_replica_key" "r" {
  for_each        = toset(["us-west-2", "eu-west-1"])
  region          = each.key
  primary_key_arn = aws_kms_key.mrk.arn
}
resource "aws_sqs_queue" "eu" {
  region            = "eu-west-1"
  kms_master_key_id = aws_kms_key.mrk.key_id
}
resource "aws_sqs_queue" "mumbai" { # want "Region ap-south-1 has no customer-managed KMS key of its own" @ `resource "aws_sqs_queue" "mumbai"`
  region            = "ap-south-1"
  kms_master_key_id = aws_kms_replica_key.r["us-west-2"].key_id # want `kms_master_key_id of aws_sqs_queue\.mumbai uses KMS key aws_kms_replica_key\.r\["us-west-2"\], which is in us-west-2, but the resource is in ap-south-1\.` @ `aws_kms_replica_key.r["us-west-2"].key_id`
}
