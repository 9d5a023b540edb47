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
  tags   = { Environment = "prod" } # want `^module\.partial\.aws_sqs_queue\.this is missing the required tag "Owner":.* \(aws\)\. The same applies to module\.partial\.module\.inner\.aws_sns_topic\.this\.$` @ `{ Environment = "prod" }`
}
module "off" {
  source = "./modules/app"
  count  = 0
}
module "registry" {
  source = "terraform-aws-modules/s3-bucket/aws"
}
