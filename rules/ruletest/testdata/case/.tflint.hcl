rule "r" {
  enabled = true
}
plugin "awsbaseline" {
  enabled = true
  regions = ["us-east-1", "eu-west-1"]
}
