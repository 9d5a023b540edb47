# AWS provider v6: one provider configuration, resources placed in other
# regions with their own region argument.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

# Fires for ca-central-1, which the plugin's regions setting names but
# nothing deploys to: reported here, at the first provider block.
provider "aws" {
  region = "us-east-1"
}

variable "dr_region" {
  type    = string
  default = "us-west-2"
}

variable "enable_nat" {
  type    = bool
  default = true
}

# Primary region: the provider's.
resource "aws_vpc" "primary" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "primary" {
  vpc_id     = aws_vpc.primary.id
  cidr_block = "10.0.0.0/24"
}

resource "aws_route_table" "primary" {
  vpc_id = aws_vpc.primary.id
}

resource "aws_internet_gateway" "primary" {
  vpc_id = aws_vpc.primary.id
}

resource "aws_nat_gateway" "primary" {
  count     = var.enable_nat ? 1 : 0
  subnet_id = aws_subnet.primary.id
}

resource "aws_security_group" "primary" {
  vpc_id = aws_vpc.primary.id
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  package_type  = "Image"
  image_uri     = "111122223333.dkr.ecr.us-east-1.amazonaws.com/api:latest"
}

resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  # The table is replicated to the DR region: database is present there.
  replica {
    region_name = var.dr_region
  }
}

resource "aws_s3_bucket" "primary" {
  bucket = "example-primary"
}

resource "aws_lb" "primary" {
  subnets = [aws_subnet.primary.id]
}

# DR region through per-resource region arguments. Fires here, at its first
# resource: no NAT gateway, compute, bucket or load balancer.
resource "aws_vpc" "dr" {
  region     = var.dr_region
  cidr_block = "10.1.0.0/16"
}

resource "aws_subnet" "dr" {
  region     = var.dr_region
  vpc_id     = aws_vpc.dr.id
  cidr_block = "10.1.0.0/24"
}

resource "aws_route_table" "dr" {
  region = var.dr_region
  vpc_id = aws_vpc.dr.id
}

# count = 0: the DR NAT gateway is not created.
resource "aws_nat_gateway" "dr" {
  count     = 0
  region    = var.dr_region
  subnet_id = aws_subnet.dr.id
}

# Global service: not placed in any region.
resource "aws_iam_role" "api" {
  name               = "api"
  assume_role_policy = "{}"
}
