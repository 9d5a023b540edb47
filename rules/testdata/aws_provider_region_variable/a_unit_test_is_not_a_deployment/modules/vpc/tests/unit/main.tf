# Under tests/ of its repository: a test configuration, not a deployment.
provider "aws" {
  region = "eu-west-1"
}
