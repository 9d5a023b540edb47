config {
  # Only the rule under test, whatever other rules the ruleset gains.
  disabled_by_default = true
}

plugin "terraform" {
  enabled = false
}

plugin "awsbaseline" {
  enabled = true
}

rule "terraform_security_scan_documented" {
  enabled = true
}
