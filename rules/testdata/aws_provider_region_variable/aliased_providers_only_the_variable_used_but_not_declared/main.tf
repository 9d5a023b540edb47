data "aws_ssm_parameter" "edge_region" {
  name = "/edge/region"
}
provider "aws" {
  alias  = "edge"
  region = data.aws_ssm_parameter.edge_region.value
}
provider "aws" {
  alias  = "main"
  region = var.aws_region # want `This root declares neither variable "aws_region" nor a default aws provider, and provider aws\.main takes its region from var\.aws_region, which Terraform rejects .* Declare variable "aws_region" and set region = var\.aws_region in a default aws provider block\.` @ "var.aws_region"
}

# It deploys something: Terraform runs it, and rejects the reference.
resource "aws_sqs_queue" "q" {
  provider = aws.main
  name     = "q"
}
