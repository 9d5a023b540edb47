# Only the directories under the repository's top count: a repository
# checked out as examples/ is judged like any other.
variable "aws_region" {
  type = string
}

provider "aws" {
  region = "us-east-1" # want `The default aws provider hard-codes its region instead of taking it from var\.aws_region` @ `"us-east-1"`
}
