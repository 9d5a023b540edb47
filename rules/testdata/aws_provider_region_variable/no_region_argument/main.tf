variable "aws_region" {
  type = string
}

provider "aws" { # want `The default aws provider sets no region instead of taking it from var\.aws_region, so the region .* Set region = var\.aws_region\.` @ `provider "aws"`
  profile = "prod"
}
