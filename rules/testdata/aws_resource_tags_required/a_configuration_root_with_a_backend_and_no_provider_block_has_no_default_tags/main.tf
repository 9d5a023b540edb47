terraform { # want `^This configuration has no provider "aws" block, so no default_tags, and 2 resources that set no tags of their own \(aws_sqs_queue\.q, module\.app\.aws_sns_topic\.this\) lack the required tags "Environment", "Owner":.* Add a provider "aws" block whose default_tags set them` @ "terraform"
  backend "s3" {}
}
resource "aws_sqs_queue" "q" {}
resource "aws_sqs_queue" "own" {
  tags = { Name = "own" } # want `^aws_sqs_queue\.own is missing the required tags "Environment", "Owner":.* \(aws\)\.` @ `{ Name = "own" }`
}
module "app" {
  source = "./modules/app"
}
