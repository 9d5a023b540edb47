variable "aws_region" {
  type = string
}

provider "aws" {
  region = null # want `The default aws provider sets no region instead of taking it from var\.aws_region, so the region .* Set region = var\.aws_region\.` @ "null"
}
