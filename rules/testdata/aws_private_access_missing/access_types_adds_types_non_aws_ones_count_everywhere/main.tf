provider "aws" {
  region = "us-east-1"
}

resource "aws_vpc" "main" {}
resource "tailscale_tailnet_key" "router" {}
