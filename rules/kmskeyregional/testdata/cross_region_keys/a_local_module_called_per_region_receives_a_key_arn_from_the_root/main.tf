
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "east"
  region = "us-east-1"
}
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_kms_key" "east" {
  provider = aws.east
}
resource "aws_kms_key" "west" {
  provider = aws.west
}

module "east" {
  source    = "./modules/app"
  providers = { aws = aws.east }
  key_arn   = aws_kms_key.east.arn
}
module "west" {
  source    = "./modules/app"
  providers = { aws = aws.west }
  key_arn   = aws_kms_key.east.arn # want `kms_master_key_id of module\.west\.aws_sqs_queue\.this uses KMS key aws_kms_key\.east, which is in us-east-1, but the resource is in us-west-2\..*The same applies to module\.west\.aws_sns_topic\.this\.` @ "aws_kms_key.east.arn"
}
module "west_ok" {
  source    = "./modules/app"
  providers = { aws = aws.west }
  key_arn   = aws_kms_key.west.arn
}
module "keys" {
  source    = "./modules/key"
  providers = { aws = aws.west }
}
resource "aws_sqs_queue" "east" {
  provider          = aws.east
  kms_master_key_id = module.keys.key.arn # want `aws_sqs_queue\.east uses KMS key module\.keys\.aws_kms_key\.this, which is in us-west-2, but the resource is in us-east-1\.` @ "module.keys.key.arn"
}
