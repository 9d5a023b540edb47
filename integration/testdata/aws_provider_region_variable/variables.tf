variable "aws_region" {
  type        = string
  description = "Region every resource of this root is deployed to."
}
