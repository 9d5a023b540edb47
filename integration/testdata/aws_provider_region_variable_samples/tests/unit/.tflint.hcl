config {
  disabled_by_default = true
}

plugin "terraform" {
  enabled = false
}

plugin "awsbaseline" {
  enabled = true
}

rule "aws_provider_region_variable" {
  enabled = true
}

rule "aws_security_group_public_admin_port" {
  enabled = true
}
