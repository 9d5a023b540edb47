rule "aws_encryption_at_rest_missing" {
  enabled = true
  require_customer_managed_key = true
}
