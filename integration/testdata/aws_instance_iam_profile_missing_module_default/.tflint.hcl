config {
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
