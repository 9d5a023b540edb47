provider "aws" { # want `^Provider configuration aws has no default_tags, and 1 resource that does not set all of them itself \(aws_sqs_queue\.missing\) lacks the required tags "Environment", "Owner":.* Add a default_tags block that sets them, or set them in each resource's tags\.$` @ `provider "aws"`
  region = "us-east-1"
}

variable "owner" {
  type = string
}
resource "aws_sqs_queue" "ok" {
  tags = { Environment = data.aws_default_tags.x.tags["Environment"], Owner = var.owner }
}
resource "aws_sqs_queue" "missing" {
  tags = { Environment = var.owner }
}
