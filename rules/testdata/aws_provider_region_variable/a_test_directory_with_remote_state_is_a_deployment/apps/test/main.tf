# Under test/ of its repository, but it keeps its state in S3: somebody
# deploys it, so it is judged as a configuration root.
terraform {
  backend "s3" {}
}

provider "aws" {
  region = "eu-west-1" # want `hard-codes its region` @ `"eu-west-1"`
}
