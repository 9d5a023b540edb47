resource "aws_vpc_endpoint" "r" { vpc_endpoint_type = "Resource" }
