package cloudfrontorigin

import "testing"

// TestTargets judges the cache behaviors' target_origin_id.
func TestTargets(t *testing.T) {
	runCases(t, []ruleCase{
		{
			name: "targets that name no origin",
			files: map[string]string{"main.tf": `
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
    target_origin_id = "api"
  }
  ordered_cache_behavior {
    path_pattern     = "/static/*"
    target_origin_id = "primary"
  }
}
`},
			want: []wantIssue{
				{"main.tf", `"api"`, `aws_cloudfront_distribution.cdn ordered_cache_behavior (path_pattern "/api/*") target_origin_id "api" ` + msgTarget + ` (its ids are "group", "primary", "secondary"): CloudFront rejects the distribution.`},
			},
		},
		{
			name: "an unknown origin id hides which ids exist",
			files: map[string]string{"main.tf": `
variable "origin_id" {
  type = string
}
resource "aws_cloudfront_distribution" "cdn" {
  origin {
    domain_name = "a.example.com"
    origin_id   = var.origin_id
  }
  default_cache_behavior {
    target_origin_id = "a"
  }
}
`},
		},
		{
			name: "dynamic origins and behaviors with known elements",
			files: map[string]string{"main.tf": `
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
      target_origin_id = b.value.origin
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
`},
			want: []wantIssue{
				{"main.tf", `b.value.origin`, `aws_cloudfront_distribution.cdn ordered_cache_behavior[1] (path_pattern "/img/*") target_origin_id "images" ` + msgTarget},
			},
		},
		{
			name: "a dynamic origin with unknown elements hides which ids exist",
			files: map[string]string{"main.tf": `
variable "origins" {
  type = map(string)
}
resource "aws_cloudfront_distribution" "cdn" {
  origin {
    domain_name = "a.example.com"
    origin_id   = "a"
  }
  dynamic "origin" {
    for_each = var.origins
    content {
      domain_name = origin.value
      origin_id   = origin.key
    }
  }
  default_cache_behavior {
    target_origin_id = "b"
  }
}
`},
		},
	})
}
