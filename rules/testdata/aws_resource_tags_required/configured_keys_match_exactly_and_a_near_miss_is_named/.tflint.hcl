rule "aws_resource_tags_required" {
  enabled = true
  tags    = ["Environment", "Owner"]
}
