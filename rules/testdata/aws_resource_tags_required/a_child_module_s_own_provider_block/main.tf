provider "aws" {
  region = "us-east-1"
}

module "legacy" { # want `^default_tags of provider configuration module\.legacy\.aws lack the required tag "Owner", so 1 resource that does not set it itself \(module\.legacy\.aws_sqs_queue\.this\) lacks it too:` @ `module "legacy"`
  source = "./modules/legacy"
}
