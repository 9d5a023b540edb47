variable "aws_region" {
  type = string
}

provider "aws" {
  alias  = "replica"
  region = var.aws_region
}
provider "aws" {
  region = "us-east-1" # want `The default aws provider hard-codes its region instead of taking it from var\.aws_region, so the same .* Set region = var\.aws_region\.` @ `"us-east-1"`
}
