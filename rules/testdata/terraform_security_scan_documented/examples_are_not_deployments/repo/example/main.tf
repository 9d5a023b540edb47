# A module's example/ configuration: nobody deploys it, so no scan is asked of it.
provider "aws" {
  region = "us-east-1"
}
