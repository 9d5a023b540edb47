variable "origin_host" {
  type = string
}

variable "origins" {
  type = map(string)
}

resource "aws_s3_bucket" "this" {
  bucket = "edge-assets"
}

resource "aws_cloudfront_distribution" "this" {
  enabled = true

  # Fires in the root's check, shown at the caller's origin_host argument.
  origin {
    domain_name = var.origin_host
    origin_id   = "host"
  }

  # Fires for the "legacy" element, shown at its entry in the caller's origins.
  dynamic "origin" {
    for_each = var.origins
    content {
      domain_name = origin.value
      origin_id   = origin.key
    }
  }

  origin {
    domain_name = aws_s3_bucket.this.bucket_regional_domain_name
    origin_id   = "bucket"
  }

  default_cache_behavior {
    target_origin_id       = "bucket"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
}

output "bucket_domain_name" {
  value = aws_s3_bucket.this.bucket_regional_domain_name
}
