# default_tags lack Environment and Owner: one finding at default_tags covers
# every resource that sets neither itself, here and in the modules that
# inherit the provider configuration.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = {
      Project = "shop"
    }
  }
}

resource "aws_sqs_queue" "orders" {
  name = "orders"
}

resource "aws_sqs_queue" "payments" {
  name = "payments"
}

module "search" {
  source = "./modules/service"
  name   = "search"
}

module "checkout" {
  source = "./modules/service"
  name   = "checkout"
}

# Own tags that set neither key rely on default_tags too.
module "catalog" {
  source = "./modules/service"
  name   = "catalog"
  tags   = { Name = "catalog" }
}

# Its own tags set Environment but lack Owner, which default_tags lack too:
# adding Owner there fixes both of its resources, so the provider's finding
# covers them.
module "billing" {
  source = "./modules/service"
  name   = "billing"
  tags   = { Environment = "prod" }
}

# A key spelled another way is named in the message.
resource "aws_sns_topic" "events" {
  name = "events"
  tags = { Environment = "prod", owner = "events-team" }
}
