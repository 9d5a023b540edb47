# A module that configures its own provider (as before Terraform 0.13):
# live/prod calls it, so it is no root and its region is not judged. Without
# .git, the directory tflint starts in is the repository's top for telling.
variable "region" {
  type = string
}

provider "aws" {
  region = var.region
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
