plugin "awsbaseline" {
  enabled = true
  regions = ["us-east-1", "us-west-2"]
}
