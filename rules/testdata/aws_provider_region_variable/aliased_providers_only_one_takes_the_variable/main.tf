variable "aws_region" {
  type = string
}

provider "aws" {
  alias  = "edge"
  region = "us-east-1"
}
provider "aws" {
  alias  = "main"
  region = var.aws_region
}
