provider "aws" {
  region = "us-east-1"
}

module "legacy" { # want `module\.legacy\.aws_sqs_queue\.this is missing the required tag "Owner":.* \(module\.legacy\.aws\)\.` @ `module "legacy"`
  source = "./modules/legacy"
}
