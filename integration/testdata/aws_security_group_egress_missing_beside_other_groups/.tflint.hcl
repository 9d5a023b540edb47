plugin "terraform" {
  enabled = false
}

plugin "awsbaseline" {
  enabled = true
}
