
provider "aws" {
  region = "us-east-1"
}

resource "aws_api_gateway_method_settings" "cached" {
  settings { # want `aws_api_gateway_method_settings\.cached.*settings\.cache_data_encrypted is not set` @ "settings"
    caching_enabled = true
  }
}
resource "aws_api_gateway_method_settings" "uncached" {
  settings {
    metrics_enabled = true
  }
}
resource "aws_api_gateway_method_settings" "encrypted" {
  settings {
    caching_enabled      = true
    cache_data_encrypted = true
  }
}
