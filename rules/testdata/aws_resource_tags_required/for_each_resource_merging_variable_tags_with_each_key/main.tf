provider "aws" { # want `^Provider configuration aws has no default_tags, and 1 resource that does not set all of them itself \(aws_sqs_queue\.partial\) lacks the required tags "Environment", "Owner":.* Add a default_tags block that sets them, or set them in each resource's tags\.$` @ `provider "aws"`
  region = "us-east-1"
}

variable "tags" {
  default = { Environment = "prod", Owner = "team" }
}
variable "partial" {
  default = { Environment = "prod" }
}
resource "aws_sqs_queue" "full" {
  for_each = toset(["a", "b"])
  tags     = merge(var.tags, { Name = each.key })
}
resource "aws_sqs_queue" "partial" {
  for_each = toset(["a", "b"])
  tags     = merge(var.partial, { Name = each.key })
}
