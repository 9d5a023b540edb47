variable "tags" {
  type = map(string)
}
resource "aws_sns_topic" "this" {
  tags = merge(var.tags, { Name = "inner" })
}
