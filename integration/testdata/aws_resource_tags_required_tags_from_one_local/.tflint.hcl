config {
  disabled_by_default = true
}

plugin "terraform" {
  enabled = false
}

plugin "awsbaseline" {
  enabled = true
}

rule "aws_resource_tags_required" {
  enabled = true
}
