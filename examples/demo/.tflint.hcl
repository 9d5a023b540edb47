# Lints this example with the awsbaseline plugin only (`make demo` installs it).
plugin "terraform" {
  enabled = false
}

plugin "awsbaseline" {
  enabled = true
  regions = ["us-east-1", "us-west-2"]
}
