config {
  disabled_by_default = true
}

plugin "terraform" {
  enabled = false
}

plugin "awsbaseline" {
  enabled = true
}

rule "aws_cloudfront_origin_invalid" {
  enabled = true
}
