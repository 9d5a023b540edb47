provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "tagged"
  region = "us-west-2"
  default_tags {
    tags = { Environment = "prod", Owner = "team" }
  }
}
module "tagged" {
  source    = "./modules/queue"
  providers = { aws = aws.tagged }
}
module "untagged" { # want `module\.untagged\.aws_sqs_queue\.this is missing the required tags "Environment", "Owner":.* \(aws\)\.` @ `module "untagged"` `module\.untagged\.aws_sns_topic\.this is missing the required tags "Environment", "Owner":.* \(aws\)\.` @ `module "untagged"`
  source = "./modules/queue"
}
resource "aws_sqs_queue" "tagged" {
  provider = aws.tagged
}
