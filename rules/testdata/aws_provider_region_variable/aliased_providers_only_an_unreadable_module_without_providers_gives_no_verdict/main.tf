provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

resource "aws_sqs_queue" "primary" {
  provider = aws.primary
  name     = "q"
}

# No providers map: the module gets the implicit default configuration, but
# it is not installed, so whether it deploys anything with it (an IP
# allow-list module has only outputs) cannot be known: no finding.
module "allow_list" {
  source = "git::https://example.com/allow-list.git"
}

# A readable module that names no provider deploys with the implicit default.
module "app" { # want `^module\.app\.aws_sqs_queue\.stray gets the default aws provider \(nothing names an aliased provider for it\)` @ `module "app"`
  source = "./app"
}
