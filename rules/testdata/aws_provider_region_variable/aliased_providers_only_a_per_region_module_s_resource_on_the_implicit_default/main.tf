# One aliased provider per region, each passed to a per-region module: the
# aliases are the layout, and what the rule reports is the resource of the
# module that names no provider.
provider "aws" {
  alias  = "eu_west_1"
  region = "eu-west-1"
}

provider "aws" {
  alias  = "eu_west_2"
  region = "eu-west-2"
}

module "eu_west_1" { # want `^module\.eu_west_1\.aws_sqs_queue\.stray and module\.eu_west_2\.aws_sqs_queue\.stray get the default aws provider \(nothing names an aliased provider for them\), which this root does not configure, so their region comes from the environment of whoever runs Terraform \(AWS_REGION or the profile\) instead of the configuration's inputs\. Name one of the root's aliased providers for them \(provider = aws\.<alias>, or in the module call's providers map\), or declare variable "aws_region" and set region = var\.aws_region in a default aws provider block\.$` @ `module "eu_west_1"`
  source    = "./region"
  providers = { aws.region = aws.eu_west_1 }
}

module "eu_west_2" {
  source    = "./region"
  providers = { aws.region = aws.eu_west_2 }
}
