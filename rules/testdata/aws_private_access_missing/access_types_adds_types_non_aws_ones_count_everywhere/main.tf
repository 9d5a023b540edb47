provider "aws" {
  region = "us-east-1"
}

resource "aws_instance" "main" {}
resource "tailscale_tailnet_key" "router" {}
