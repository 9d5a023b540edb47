provider "aws" {
  region = "eu-west-1"
  default_tags { # want `^default_tags of provider configuration aws lack the required tag "Owner", so 4 resources that set no tags of their own \(aws_sqs_queue\.a, aws_sqs_queue\.b, aws_sqs_queue\.c and 1 more\) lack it too: without it they cannot be attributed .* Add it to default_tags, or set it in each resource's tags\.$` @ "default_tags"
    tags = { Environment = "prod" }
  }
}

resource "aws_sqs_queue" "a" {}
resource "aws_sqs_queue" "b" {}
resource "aws_sqs_queue" "c" {
  tags = {}
}
resource "aws_sqs_queue" "d" {
  tags = null
}

# Its own tags lack Owner too: a finding of its own, besides the one above.
resource "aws_sqs_queue" "own" {
  tags = { Name = "own" } # want `^aws_sqs_queue\.own is missing the required tag "Owner":.* \(aws\)\.$` @ `{ Name = "own" }`
}

# default_tags do not apply to Auto Scaling groups.
resource "aws_autoscaling_group" "web" { # want `^aws_autoscaling_group\.web is missing the required tags "Environment", "Owner":.* Add a tag block for each;` @ `resource "aws_autoscaling_group" "web"`
  max_size = 1
  min_size = 1
}

# Unknown own tags may set Owner: neither counted nor reported.
variable "tags" {
  type = map(string)
}
resource "aws_sqs_queue" "unknown" {
  tags = var.tags
}
