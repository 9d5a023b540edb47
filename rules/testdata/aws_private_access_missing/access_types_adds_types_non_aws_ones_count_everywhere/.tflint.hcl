rule "aws_private_access_missing" {
  enabled      = true
  access_types = ["tailscale_tailnet_key"]
}
