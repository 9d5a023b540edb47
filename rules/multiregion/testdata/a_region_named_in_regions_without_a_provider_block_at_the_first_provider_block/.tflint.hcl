plugin "awsbaseline" {
  enabled = true
  regions = ["us-east-1", "eu-central-1"]
}
