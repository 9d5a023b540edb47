# The same configuration as installed_module, before `terraform init`: the
# registry module is not installed, so nothing is known of what it creates
# and the rules stay silent about it (run `terraform init -backend=false` first).
provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = {
      Environment = "prod"
    }
  }
}

module "bucket" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "5.0.0"
  bucket  = "logs"
}
