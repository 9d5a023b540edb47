resource "aws_vpc" "this" {}
resource "aws_subnet" "this" {
  vpc_id = aws_vpc.this.id
}
output "subnet_id" {
  value = aws_subnet.this.id
}
