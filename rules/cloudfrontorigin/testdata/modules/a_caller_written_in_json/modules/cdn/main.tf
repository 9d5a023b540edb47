variable "host" {}
variable "with_port" {}
variable "server_name" {}
variable "origins" {
  type = map(string)
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
    domain_name = "${var.server_name}.internal"
    origin_id   = "server"
  }
  dynamic "origin" {
    # A map written in JSON is no object constructor to follow: an element's
    # finding is shown at the argument, and its references are not followed.
    for_each = var.origins
    content {
      domain_name = origin.value
      origin_id   = origin.key
    }
  }
  default_cache_behavior {
    target_origin_id       = "host"
    viewer_protocol_policy = "redirect-to-https"
  }
}
