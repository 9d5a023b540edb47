terraform {
  backend "s3" {}
}

provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

# The application runs in both regions from this root.
module "app" {
  source = "../../../modules/app"
}

module "app_west" {
  source    = "../../../modules/app"
  providers = { aws = aws.west }
}
