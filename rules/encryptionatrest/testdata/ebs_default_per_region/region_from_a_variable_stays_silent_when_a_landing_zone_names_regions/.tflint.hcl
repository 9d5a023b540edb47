rule "aws_encryption_at_rest_missing" {
  enabled = true
  ebs_default_regions = ["us-east-1"]
}
