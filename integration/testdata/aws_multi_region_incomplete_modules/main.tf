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
}

provider "aws" {
  alias  = "frankfurt"
  region = "eu-central-1"
}

# Fires: the stack in London is deployed without its database.
provider "aws" {
  alias  = "london"
  region = "eu-west-2"
}

# Fires: Stockholm only has a VPC so far.
provider "aws" {
  alias  = "stockholm"
  region = "eu-north-1"
}

# Not a deployment region: it only holds CloudFront's certificate.
provider "aws" {
  alias  = "virginia"
  region = "us-east-1"
}

# Not a deployment region: it only receives replicas of the primary's bucket.
provider "aws" {
  alias  = "backup"
  region = "eu-south-1"
}

module "ireland" {
  source = "./modules/regional_stack"
  name   = "ireland"
}

module "frankfurt" {
  source    = "./modules/regional_stack"
  providers = { aws = aws.frankfurt }
  name      = "frankfurt"
}

module "london" {
  source          = "./modules/regional_stack"
  providers       = { aws = aws.london }
  name            = "london"
  enable_database = false
}

resource "aws_vpc" "stockholm" {
  provider   = aws.stockholm
  cidr_block = "10.40.0.0/16"
}

resource "aws_acm_certificate" "cdn" {
  provider          = aws.virginia
  domain_name       = "www.example.com"
  validation_method = "DNS"
}

resource "aws_cloudfront_distribution" "cdn" {
  enabled = true

  origin {
    domain_name = module.ireland.alb_dns_name
    origin_id   = "ireland"
  }

  default_cache_behavior {
    target_origin_id       = "ireland"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn = aws_acm_certificate.cdn.arn
    ssl_support_method  = "sni-only"
  }
}

resource "aws_s3_bucket" "assets_replica" {
  provider = aws.backup
  bucket   = "example-assets-replica"
}

resource "aws_s3_bucket_replication_configuration" "assets" {
  bucket = module.ireland.bucket_id
  role   = "arn:aws:iam::111122223333:role/replication"

  rule {
    id     = "all"
    status = "Enabled"

    destination {
      bucket = aws_s3_bucket.assets_replica.arn
    }
  }
}
