# Whether a scan is documented is a fact about the repository: a recursive run
# reports it once, in the first configuration root in path order (live/prod).
provider "aws" {
  region = "us-east-1"
}

module "eks" {
  source = "../../modules/eks"
  region = "us-east-1"
}
