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

rule "aws_instance_iam_profile_missing" {
  enabled = true
}
