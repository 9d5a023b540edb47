plugin "terraform" {
  enabled = false
}

plugin "awsbaseline" {
  enabled = true
  regions = ["us-east-1", "us-west-2", "ca-central-1"]
}
