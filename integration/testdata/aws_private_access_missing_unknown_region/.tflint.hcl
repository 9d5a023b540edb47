config {
  disabled_by_default = true
}

plugin "terraform" {
  enabled = false
}

plugin "awsbaseline" {
  enabled = true
}

rule "aws_private_access_missing" {
  enabled = true
}
