# A module that configures its provider itself (before Terraform 0.13): the
# roots call it, so it is not judged as a configuration root.
variable "region" {
  type = string
}

provider "aws" {
  region = var.region
}
