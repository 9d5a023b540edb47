resource "aws_launch_template" "this" {
  image_id = "ami-0123456789abcdef0"
}

output "template_id" {
  value = aws_launch_template.this.id
}
