variable "env" {
  type = string
}

variable "regions" {
  type = map(string)
}

provider "aws" {
  region = var.regions[var.env] # want `This root declares no variable "aws_region" and its default aws provider takes its region from var\.env, var\.regions, so setting aws_region` @ "var.regions[var.env]"
}
