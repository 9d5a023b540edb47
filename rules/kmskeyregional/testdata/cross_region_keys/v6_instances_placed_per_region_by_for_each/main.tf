
provider "aws" {
  region = "us-east-1"
}
variable "regions" {
  type    = set(string)
  default = ["us-east-1", "eu-west-1"]
}
resource "aws_kms_key" "r" {
  for_each = var.regions
  region   = each.key
}
resource "aws_sns_topic" "own" {
  for_each          = var.regions
  region            = each.key
  kms_master_key_id = aws_kms_key.r[each.key].arn
}
resource "aws_sns_topic" "one_key" {
  for_each          = var.regions
  region            = each.key
  kms_master_key_id = aws_kms_key.r["us-east-1"].arn # want `kms_master_key_id of aws_sns_topic\.one_key\["eu-west-1"\] uses KMS key aws_kms_key\.r\["us-east-1"\], which is in us-east-1, but the instance is in eu-west-1\.` @ `aws_kms_key.r["us-east-1"].arn`
}
resource "aws_sqs_queue" "east" {
  kms_master_key_id = aws_kms_key.r["us-east-1"].arn
}
resource "aws_sqs_queue" "eu" {
  kms_master_key_id = aws_kms_key.r["eu-west-1"].arn # want `kms_master_key_id of aws_sqs_queue\.eu uses KMS key aws_kms_key\.r\["eu-west-1"\], which is in eu-west-1, but the resource is in us-east-1\.` @ `aws_kms_key.r["eu-west-1"].arn`
}
