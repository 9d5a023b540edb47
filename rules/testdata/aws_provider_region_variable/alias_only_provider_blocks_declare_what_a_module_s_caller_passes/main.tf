provider "aws" {
  alias = "peer"
}
