# The first aliased provider reads two variables, a lookup; the second reads
# one: that one is the parameter.
variable "env" {
  type = string
}

variable "regions" {
  type = map(string)
}

variable "region" {
  type = string
}

provider "aws" {
  alias  = "edge"
  region = var.regions[var.env]
}

provider "aws" {
  alias  = "main"
  region = var.region
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
