config {
  disabled_by_default = true
}

plugin "terraform" {
  enabled = false
}

plugin "awsbaseline" {
  enabled = true
}

rule "aws_encryption_at_rest_missing" {
  enabled                      = true
  ebs_default_regions          = ["eu-west-1"]
  require_customer_managed_key = true
}
