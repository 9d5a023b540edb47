provider "aws" { # want `No security scan is documented for this configuration: .* so that misconfigurations are caught before terraform apply\.` @ `provider "aws"`
  region = "us-east-1"
}
