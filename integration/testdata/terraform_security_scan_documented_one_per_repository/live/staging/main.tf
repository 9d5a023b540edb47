# Undocumented too, but live/prod comes first: no second finding here.
# tflint started inside live/staging still reports it here (TestScanElection).
provider "aws" {
  region = "us-west-2"
}
