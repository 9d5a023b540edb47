# A sample nobody deploys: its hard-coded region is not judged, but the
# module it calls still shows its open SSH port here.
provider "aws" {
  region = "us-east-1"
}

module "bastion" {
  source = "../.."
}
