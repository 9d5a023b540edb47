provider "aws" {
  region = "eu-west-1"
  default_tags { # want `^default_tags of provider configuration aws lack the required tags "Environment", "Owner", so 6 resources that do not set all of them themselves \(aws_sqs_queue\.a, aws_sqs_queue\.b, aws_sqs_queue\.c and 3 more\) lack them too: without them they cannot be attributed .* Add them to default_tags, or set them in each resource's tags\.$` @ "default_tags"
    tags = { Project = "shop" }
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
# Own tags that set neither key rely on default_tags for both.
resource "aws_sqs_queue" "named" {
  tags = { Name = "named", Project = "search" }
}

# Its own tags set Environment but lack Owner, which default_tags lack too:
# adding it there fixes this one as well, so it is covered above.
resource "aws_sqs_queue" "own" {
  tags = { Environment = "prod" }
}

# default_tags do not apply to Auto Scaling groups.
resource "aws_autoscaling_group" "web" { # want `^aws_autoscaling_group\.web is missing the required tags "Environment", "Owner":.* Add a tag block for each;` @ `resource "aws_autoscaling_group" "web"`
  max_size = 1
  min_size = 1
}

# Unknown own tags may set the keys: neither counted nor reported.
variable "tags" {
  type = map(string)
}
resource "aws_sqs_queue" "unknown" {
  tags = var.tags
}
