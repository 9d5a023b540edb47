variable "internal" {
  type = bool
}
resource "aws_instance" "web" {
  ami           = "ami-123"
  instance_type = "t3.micro"
}
resource "aws_lb" "internal" {
  count    = 1
  internal = true
}
resource "aws_alb" "public" {
  internal = false
}
resource "aws_lb" "default" {
}
resource "aws_lb" "unknown" {
  internal = var.internal
}
resource "aws_elb" "classic" {
  internal = true
}

resource "aws_cloudfront_distribution" "cdn" {
  enabled = true

  origin {
    domain_name = aws_instance.web.private_dns # want `is the private_dns of aws_instance\.web, a private DNS name that resolves only inside its VPC` @ "aws_instance.web.private_dns"
    origin_id   = "private-dns"
  }
  origin {
    domain_name = aws_instance.web.public_ip # want `is the public_ip of aws_instance\.web, an IP address` @ "aws_instance.web.public_ip"
    origin_id   = "public-ip"
  }
  origin {
    domain_name = aws_instance.web.public_dns
    origin_id   = "public-dns"
  }
  origin {
    domain_name = aws_lb.internal[0].dns_name # want `is the dns_name of aws_lb\.internal, an internal load balancer \(internal = true\)` @ "aws_lb.internal[0].dns_name"
    origin_id   = "internal"
  }
  origin {
    domain_name = aws_elb.classic.dns_name # want `an internal load balancer \(internal = true\)` @ "aws_elb.classic.dns_name"
    origin_id   = "classic"
  }
  origin {
    domain_name = aws_alb.public.dns_name
    origin_id   = "public"
  }
  origin {
    domain_name = aws_lb.default.dns_name
    origin_id   = "default"
  }
  origin {
    domain_name = aws_lb.unknown.dns_name
    origin_id   = "unknown"
  }
  origin {
    domain_name = aws_instance.web.private_ip
    origin_id   = "vpc-ec2"
    vpc_origin_config {
      vpc_origin_id = "vo_1"
    }
  }
  origin {
    domain_name = aws_lb.internal[0].dns_name
    origin_id   = "vpc-alb"
    vpc_origin_config {
      vpc_origin_id = "vo_2"
    }
  }
}
