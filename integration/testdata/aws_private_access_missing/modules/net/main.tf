resource "aws_vpc" "this" {
  cidr_block = "10.2.0.0/16"
}

output "vpc_id" {
  value = aws_vpc.this.id
}

# Something runs in the VPC, so the region needs a way in.
resource "aws_instance" "app" {
  ami           = "ami-12345678"
  instance_type = "t3.micro"
}
