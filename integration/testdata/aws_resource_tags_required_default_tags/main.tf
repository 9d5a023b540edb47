# default_tags lack Owner: one finding at default_tags covers every resource
# that sets no tags of its own, here and in the modules that inherit the
# provider configuration.
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
      Environment = "prod"
      Project     = "shop"
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

# Its own tags lack Owner too: reported at the argument that sets them.
module "billing" {
  source = "./modules/service"
  name   = "billing"
  tags   = { Name = "billing" }
}

# A key spelled another way is named in the message.
resource "aws_sns_topic" "events" {
  name = "events"
  tags = { owner = "events-team" }
}
