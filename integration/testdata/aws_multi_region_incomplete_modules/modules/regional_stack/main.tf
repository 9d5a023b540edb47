variable "name" {
  type = string
}

variable "enable_database" {
  type    = bool
  default = true
}

resource "aws_vpc" "this" {
  cidr_block = "10.0.0.0/16"
  tags       = { Name = var.name }
}

resource "aws_subnet" "public" {
  vpc_id     = aws_vpc.this.id
  cidr_block = "10.0.0.0/24"
}

resource "aws_subnet" "private" {
  vpc_id     = aws_vpc.this.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_internet_gateway" "this" {
  vpc_id = aws_vpc.this.id
}

resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_nat_gateway" "this" {
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.public.id
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.this.id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.this.id
  }
}

resource "aws_security_group" "app" {
  name   = "${var.name}-app"
  vpc_id = aws_vpc.this.id
}

resource "aws_launch_template" "app" {
  name_prefix   = "${var.name}-app"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_autoscaling_group" "app" {
  min_size            = 2
  max_size            = 6
  vpc_zone_identifier = [aws_subnet.private.id]

  launch_template {
    id = aws_launch_template.app.id
  }
}

resource "aws_lb" "app" {
  name            = "${var.name}-app"
  subnets         = [aws_subnet.public.id]
  security_groups = [aws_security_group.app.id]
}

resource "aws_db_instance" "app" {
  count                       = var.enable_database ? 1 : 0
  identifier                  = "${var.name}-app"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_s3_bucket" "assets" {
  bucket = "example-${var.name}-assets"
}

output "alb_dns_name" {
  value = aws_lb.app.dns_name
}

output "bucket_id" {
  value = aws_s3_bucket.assets.id
}
