resource "aws_security_group" "ignored" {
  lifecycle {
    ignore_changes = [egress]
  }
}
resource "aws_security_group" "all" {
  lifecycle {
    ignore_changes = all
  }
}
resource "aws_security_group" "legacy" {
  lifecycle {
    ignore_changes = ["egress"]
  }
}
resource "aws_security_group" "tags_only" { # want `aws_security_group\.tags_only has no egress rules` @ `resource "aws_security_group" "tags_only"`
  lifecycle {
    ignore_changes = [tags]
  }
}
