locals {
  origins = {
    web = "www.example.com"
    api = "api.example.com"
  }
  behaviors = [
    { path = "/api/*", origin = "api" },
    { path = "/img/*", origin = "images" },
  ]
}
variable "more" {
  type = list(string)
}
resource "aws_cloudfront_distribution" "cdn" {
  dynamic "origin" {
    for_each = local.origins
    content {
      domain_name = origin.value
      origin_id   = lookup({}, "id", origin.key)
    }
  }
  default_cache_behavior {
    target_origin_id = "web"
  }
  dynamic "ordered_cache_behavior" {
    for_each = local.behaviors
    iterator = b
    content {
      path_pattern     = b.value.path
      target_origin_id = b.value.origin # want `aws_cloudfront_distribution\.cdn ordered_cache_behavior\[1\] \(path_pattern "/img/\*"\) target_origin_id "images" names no origin or origin group of the distribution` @ "b.value.origin"
    }
  }
  dynamic "ordered_cache_behavior" {
    for_each = var.more
    content {
      path_pattern     = ordered_cache_behavior.value
      target_origin_id = "nowhere"
    }
  }
}
