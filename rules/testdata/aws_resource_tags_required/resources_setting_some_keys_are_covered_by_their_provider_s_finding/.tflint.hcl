# Keys set in the rule block match exactly; the defaults accept any
# spelling (default_keys_accept_the_organisation_s_spelling).
rule "aws_resource_tags_required" {
  enabled = true
  tags    = ["Environment", "Owner"]
}
