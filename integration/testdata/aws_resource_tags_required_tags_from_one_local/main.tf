# Two Auto Scaling group modules are passed one local for their tag blocks,
# and two queues merge another local into their tags; each local lacks a key.
# One cause each: one finding at the local, naming the resources it leaves
# untagged. A resource whose tags come from no local keeps its own finding
# (every resource of the provider sets some tags: it tags per resource).
provider "aws" {
  region = "eu-west-2"
}

locals {
  asg_tags = [{ key = "Owner", value = "ops" }]
  common   = { Owner = "ops" }
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
  tags = { Name = "alone", Owner = "ops" }
}
