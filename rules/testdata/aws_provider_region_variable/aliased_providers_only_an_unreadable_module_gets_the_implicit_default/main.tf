provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

resource "aws_sqs_queue" "primary" {
  provider = aws.primary
  name     = "q"
}

# No providers map: the module gets the implicit default configuration.
module "app" { # want `^module\.app gets the default aws provider \(nothing names an aliased provider for it\), which this root does not configure, so its region comes from the environment.* Name one of the root's aliased providers for it \(provider = aws\.<alias>, or in the module call's providers map\), or declare variable "aws_region" and set region = var\.aws_region in a default aws provider block\.$` @ `module "app"`
  source = "git::https://example.com/app.git"
}
