terraform { # want `^This configuration has no provider "aws" block, so no default_tags, and 3 resources that do not set all of them themselves \(aws_sqs_queue\.q, module\.app\.aws_sns_topic\.this, aws_sqs_queue\.own\) lack the required tags "Environment", "Owner":.* Add a provider "aws" block whose default_tags set them` @ "terraform"
  backend "s3" {}
}
resource "aws_sqs_queue" "q" {}
resource "aws_sqs_queue" "own" {
  tags = { Environment = "prod" }
}
module "app" {
  source = "./modules/app"
}
