rule "aws_provider_region_variable" {
  enabled       = true
  variable_name = "aws_region"
}
