# A registry module installed by `terraform init` is read from
# .terraform/modules (TFLint's default call_module_type only loads local ones):
# its untagged bucket counts towards the finding at the provider's default_tags, which names module.bucket.aws_s3_bucket.this.
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
