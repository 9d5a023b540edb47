
provider "aws" {
  region = "us-east-1"
}
data "aws_kms_key" "k" {
  for_each = toset(["us-east-1", "us-west-2"])
  region   = each.key
  key_id   = "alias/app"
}
resource "aws_sqs_queue" "west" {
  region            = "us-west-2"
  kms_master_key_id = data.aws_kms_key.k["us-east-1"].arn # want `kms_master_key_id of aws_sqs_queue\.west uses KMS key data\.aws_kms_key\.k\["us-east-1"\], which is in us-east-1, but the resource is in us-west-2\.` @ `data.aws_kms_key.k["us-east-1"].arn`
}
resource "aws_sqs_queue" "east" {
  kms_master_key_id = data.aws_kms_key.k["us-east-1"].arn
}
