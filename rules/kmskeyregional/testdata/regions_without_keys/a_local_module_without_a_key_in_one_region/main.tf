
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "east"
  region = "us-east-1"
}
provider "aws" { # want `Region us-west-2 \(provider aws\.west\) has no customer-managed KMS key of its own, while us-east-1 has module\.east\.aws_kms_key\.this\.` @ `provider "aws"`
  alias  = "west"
  region = "us-west-2"
}

module "east" {
  source    = "./modules/stack"
  providers = { aws = aws.east }
  with_key  = true
}
module "west" {
  source    = "./modules/stack"
  providers = { aws = aws.west }
  with_key  = false
}
