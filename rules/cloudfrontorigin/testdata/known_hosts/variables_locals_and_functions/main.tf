variable "api_url" {
  default = "https://api.example.com/"
}
variable "domain" {
  default = "corp.local"
}
variable "from_tfvars" {
  type = string
}
locals {
  app_host = "app.${var.domain}"
}

resource "aws_cloudfront_distribution" "cdn" {
  enabled = true

  origin {
    domain_name = var.api_url # want "includes a URL scheme: CloudFront accepts only a DNS name here" @ "var.api_url"
    origin_id   = "url"
  }
  origin {
    domain_name = local.app_host # want `"app\.corp\.local" ends in \.local` @ "local.app_host"
    origin_id   = "app"
  }
  origin {
    domain_name = replace(var.api_url, "/^https://([^/]+)/.*$/", "$1")
    origin_id   = "stripped"
  }
  origin {
    domain_name = var.from_tfvars
    origin_id   = "unknown"
  }
  origin {
    domain_name = "api.${var.from_tfvars}"
    origin_id   = "partly-unknown"
  }
}
