resource "aws_launch_template" "bare" {}
resource "aws_launch_template" "profiled" {
  iam_instance_profile {
    name = "app"
  }
}
output "bare_id" {
  value = aws_launch_template.bare.id
}
output "profiled_id" {
  value = aws_launch_template.profiled.id
}
