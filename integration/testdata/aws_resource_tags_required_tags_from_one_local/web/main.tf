variable "asg_tags" {
  type = list(map(string))
}

resource "aws_autoscaling_group" "this" {
  min_size = 1
  max_size = 1
  dynamic "tag" {
    for_each = concat(var.asg_tags, [{ key = "Name", value = "x" }])
    content {
      key                 = tag.value.key
      value               = tag.value.value
      propagate_at_launch = true
    }
  }
}
