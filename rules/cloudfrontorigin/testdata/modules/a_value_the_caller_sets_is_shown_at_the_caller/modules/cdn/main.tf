variable "host" {}
variable "with_port" {}
variable "server_name" {}
variable "origins" {
  type    = map(string)
  default = {}
}
variable "paths" {
  type    = map(string)
  default = {}
}
variable "looked_up" {
  type    = any
  default = {}
}
resource "aws_cloudfront_distribution" "this" {
  enabled = true
  origin {
    domain_name = var.host
    origin_id   = "host"
  }
  origin {
    domain_name = var.with_port
    origin_id   = "with-port"
  }
  origin {
    # The module completes the caller's value: shown at the caller's argument.
    domain_name = "${var.server_name}.internal"
    origin_id   = "server"
  }
  dynamic "origin" {
    for_each = var.origins
    content {
      domain_name = origin.value
      origin_id   = origin.key
    }
  }
  dynamic "origin" {
    # A value the iterator gives through a function: shown at the argument
    # the for_each comes from.
    for_each = var.looked_up
    content {
      domain_name = lookup(origin.value, "name", "fallback.example.com")
      origin_id   = origin.key
    }
  }
  default_cache_behavior {
    target_origin_id       = "host"
    viewer_protocol_policy = "redirect-to-https"
  }
  dynamic "ordered_cache_behavior" {
    for_each = var.paths
    content {
      path_pattern           = ordered_cache_behavior.key
      target_origin_id       = ordered_cache_behavior.value
      viewer_protocol_policy = "redirect-to-https"
    }
  }
}
