provider "aws" { # want `No security scan is documented for this configuration` @ `provider "aws"`
  region = "us-east-1"
}
