variable "security_group_ids" {
  type = list(string)
}

resource "aws_vpc_endpoint" "this" {
  vpc_id             = "vpc-0123456789abcdef0"
  service_name       = "com.amazonaws.us-east-1.ec2messages"
  vpc_endpoint_type  = "Interface"
  security_group_ids = var.security_group_ids
}
