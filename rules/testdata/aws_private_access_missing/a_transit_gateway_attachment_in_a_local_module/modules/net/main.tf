resource "aws_vpc" "this" {}
resource "aws_instance" "this" {}
resource "aws_ec2_transit_gateway_vpc_attachment" "hub" {
  vpc_id = aws_vpc.this.id
}
