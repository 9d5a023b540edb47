variable "tags" {
  type    = map(string)
  default = {}
}
resource "aws_s3_bucket" "this" {
  tags = var.tags
}
module "inner" {
  source = "../inner"
  tags   = var.tags
}
