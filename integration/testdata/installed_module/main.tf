# A registry module installed by `terraform init` is read from
# .terraform/modules (TFLint's default call_module_type only loads local ones):
# its untagged bucket is reported at the module block.
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
