resource "aws_vpc_endpoint_service" "svc" {}
