variable "aws_region" {
  type    = string
  default = "us-east-1"
}

# Silent: providers_override.tf replaces the hard-coded region with the variable.
provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}
