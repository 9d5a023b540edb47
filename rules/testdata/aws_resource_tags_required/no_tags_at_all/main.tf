provider "aws" { # want `^Provider configuration aws has no default_tags, and 1 resource that does not set them itself \(aws_s3_bucket\.logs\) lacks the required tags "Environment", "Owner":.* Add a default_tags block that sets them, or set them in each resource's tags\.$` @ `provider "aws"`
  region = "us-east-1"
}

resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}
