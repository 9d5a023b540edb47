provider "aws" {
  alias  = "secondary"
  region = "us-east-1"
}
