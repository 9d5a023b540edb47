provider "aws" { # want `^Provider configuration aws has no default_tags, and 2 resources that do not set them themselves \(module\.untagged\.aws_sqs_queue\.this, module\.untagged\.aws_sns_topic\.this\) lack the required tags "Environment", "Owner":` @ `provider "aws"`
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
module "untagged" {
  source = "./modules/queue"
}
resource "aws_sqs_queue" "tagged" {
  provider = aws.tagged
}
