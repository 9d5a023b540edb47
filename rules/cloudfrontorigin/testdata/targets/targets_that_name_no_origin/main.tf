resource "aws_cloudfront_distribution" "cdn" {
  origin {
    domain_name = "a.example.com"
    origin_id   = "primary"
  }
  origin {
    domain_name = "b.example.com"
    origin_id   = "secondary"
  }
  origin_group {
    origin_id = "group"
    failover_criteria {
      status_codes = [500]
    }
    member {
      origin_id = "primary"
    }
    member {
      origin_id = "secondary"
    }
  }
  default_cache_behavior {
    target_origin_id = "group"
  }
  ordered_cache_behavior {
    path_pattern     = "/api/*"
    target_origin_id = "api" # want `aws_cloudfront_distribution\.cdn ordered_cache_behavior \(path_pattern "/api/\*"\) target_origin_id "api" names no origin or origin group of the distribution \(its ids are "group", "primary", "secondary"\): CloudFront rejects the distribution\.` @ `"api"`
  }
  ordered_cache_behavior {
    path_pattern     = "/static/*"
    target_origin_id = "primary"
  }
}
