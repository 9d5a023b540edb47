# Two Auto Scaling group modules are passed one local for their tag blocks,
# and two queues merge another local into their tags; each local lacks a key.
# One cause each: one finding at the local, naming the resources it leaves
# untagged. A resource whose tags come from no local keeps its own finding
# (every resource of the provider sets some tags: it tags per resource).
provider "aws" {
  region = "eu-west-2"
}

locals {
  asg_tags = [{ key = "Owner", value = "ops" }] # want `^local\.asg_tags, which the tags of module\.redis\.aws_autoscaling_group\.this, module\.web\.aws_autoscaling_group\.this take their keys from, lacks the required tag "Environment", so 2 resources lack it: .* Add it to local\.asg_tags, or set it in each resource's tags\.$` @ `asg_tags = [{ key = "Owner", value = "ops" }]`
  common   = { Owner = "ops" } # want `^local\.common, which the tags of aws_sqs_queue\.a, aws_sqs_queue\.b take their keys from, lacks the required tag "Environment"` @ `common   = { Owner = "ops" }`
}

module "redis" {
  source   = "./asg"
  asg_tags = local.asg_tags
}

module "web" {
  source   = "./web"
  asg_tags = local.asg_tags
}

resource "aws_sqs_queue" "a" {
  tags = merge(local.common, { Name = "a" })
}

resource "aws_sqs_queue" "b" {
  tags = merge(local.common, { Name = "b" })
}

resource "aws_sqs_queue" "alone" {
  tags = { Name = "alone", Owner = "ops" } # want `^aws_sqs_queue\.alone is missing the required tag "Environment"` @ `{ Name = "alone", Owner = "ops" }`
}
