plugin "awsbaseline" {
  enabled = true
  regions = ["us-east-1"]
}
