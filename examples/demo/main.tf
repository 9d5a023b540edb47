# A two-region web stack with the mistakes the plugin exists to catch.
terraform {
  required_version = ">= 1.11"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }

  backend "s3" {}
}

# The region is hard-coded instead of coming from var.aws_region.
provider "aws" {
  region = "us-east-1"
}

# The secondary region gets a VPC and nothing else.
provider "aws" {
  alias  = "secondary"
  region = "us-west-2"
}

resource "aws_kms_key" "main" {
  description = "application data"
  tags = {
    Environment = "prod"
    Owner       = "platform"
  }
}

resource "aws_vpc" "primary" {
  cidr_block = "10.0.0.0/16"
  tags = {
    Environment = "prod"
    Owner       = "platform"
  }
}

resource "aws_subnet" "public_primary" {
  vpc_id     = aws_vpc.primary.id
  cidr_block = "10.0.1.0/24"
  tags = {
    Environment = "prod"
    Owner       = "platform"
  }
}

resource "aws_route_table" "primary" {
  vpc_id = aws_vpc.primary.id
  tags = {
    Environment = "prod"
    Owner       = "platform"
  }
}

resource "aws_internet_gateway" "primary" {
  vpc_id = aws_vpc.primary.id
  tags = {
    Environment = "prod"
    Owner       = "platform"
  }
}

resource "aws_nat_gateway" "primary" {
  subnet_id = aws_subnet.public_primary.id
  tags = {
    Environment = "prod"
    Owner       = "platform"
  }
}

# No egress rules: Terraform removes AWS's default allow-all egress, so this
# group allows no outbound traffic. SSH is open to the internet.
resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = aws_vpc.primary.id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = {
    Environment = "prod"
    Owner       = "platform"
  }
}

# No instance profile; tags lack Owner.
resource "aws_instance" "web" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.public_primary.id
  vpc_security_group_ids = [aws_security_group.web.id]
  tags = {
    Environment = "prod"
  }
}

# The master password ends up in the Terraform state.
resource "aws_db_instance" "app" {
  identifier        = "app"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password          = var.db_password
  kms_key_id        = aws_kms_key.main.arn
  storage_encrypted = true
  tags = {
    Environment = "prod"
    Owner       = "platform"
  }
}

resource "aws_s3_bucket" "assets" {
  bucket = "example-assets"
  tags = {
    Environment = "prod"
    Owner       = "platform"
  }
}

resource "aws_lb" "web" {
  name    = "web"
  subnets = [aws_subnet.public_primary.id]
  tags = {
    Environment = "prod"
    Owner       = "platform"
  }
}

resource "aws_secretsmanager_secret" "api" {
  name       = "api-token"
  kms_key_id = aws_kms_key.main.arn
  tags = {
    Environment = "prod"
    Owner       = "platform"
  }
}

resource "aws_route53_zone" "main" {
  name = var.domain
  tags = {
    Environment = "prod"
    Owner       = "platform"
  }
}

# The origin is the zone's name, not a host that serves the site.
resource "aws_cloudfront_distribution" "site" {
  enabled = true

  origin {
    domain_name = aws_route53_zone.main.name
    origin_id   = "site"
  }

  default_cache_behavior {
    target_origin_id       = "site"
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
    cloudfront_default_certificate = true
  }

  tags = {
    Environment = "prod"
    Owner       = "platform"
  }
}

# Secondary region: only a VPC, and its volume uses the primary region's key.
resource "aws_vpc" "secondary" {
  provider   = aws.secondary
  cidr_block = "10.1.0.0/16"
  tags = {
    Environment = "prod"
    Owner       = "platform"
  }
}

resource "aws_ebs_volume" "secondary_data" {
  provider          = aws.secondary
  availability_zone = "us-west-2a"
  size              = 10
  encrypted         = true
  kms_key_id        = aws_kms_key.main.arn
  tags = {
    Environment = "prod"
    Owner       = "platform"
  }
}
