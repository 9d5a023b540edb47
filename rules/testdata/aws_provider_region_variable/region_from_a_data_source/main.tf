variable "aws_region" {
  type = string
}

data "aws_ssm_parameter" "region" {
  name = "/platform/region"
}
provider "aws" {
  region = data.aws_ssm_parameter.region.value
}
