
provider "aws" {
  region = "us-east-1"
}

resource "aws_appsync_api_cache" "c" { # want `aws_appsync_api_cache\.c.*Set at_rest_encryption_enabled = true\.` @ `resource "aws_appsync_api_cache" "c"`
  api_caching_behavior = "FULL_REQUEST_CACHING"
}
