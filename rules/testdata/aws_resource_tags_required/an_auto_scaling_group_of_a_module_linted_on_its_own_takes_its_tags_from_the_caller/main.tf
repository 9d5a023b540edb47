variable "tags" {
  type    = map(string)
  default = {}
}
resource "aws_autoscaling_group" "this" {
  min_size = 1
  max_size = 1
  dynamic "tag" {
    for_each = var.tags
    content {
      key                 = tag.key
      value               = tag.value
      propagate_at_launch = true
    }
  }
}
