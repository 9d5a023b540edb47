provider "aws" {
  region = "us-east-1"
}

locals {
  tags = { Environment = "prod", Owner = "team" }
}
module "app" {
  source = "./modules/app"
  tags   = local.tags
}
module "partial" {
  source = "./modules/app"
  tags   = { Environment = "prod", owner = "team" } # want `^module\.partial\.aws_sqs_queue\.this is missing the required tag "Owner":.* \(aws\)\. It has "owner";.* The same applies to module\.partial\.module\.inner\.aws_sns_topic\.this\.$` @ `{ Environment = "prod", owner = "team" }`
}
module "off" {
  source = "./modules/app"
  count  = 0
}
module "registry" {
  source = "terraform-aws-modules/s3-bucket/aws"
}
