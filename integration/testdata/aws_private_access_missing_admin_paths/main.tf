provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}

provider "aws" {
  alias  = "sydney"
  region = "ap-southeast-2"
}

# us-east-1 fires: Secrets Manager and ECR endpoints only let the instance
# call those services; nobody comes in through them.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "app" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_instance" "app" {
  ami           = "ami-12345678"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.app.id
}

resource "aws_vpc_endpoint" "api" {
  for_each = toset(["secretsmanager", "ecr.api", "ecr.dkr"])

  vpc_id            = aws_vpc.main.id
  service_name      = "com.amazonaws.us-east-1.${each.key}"
  vpc_endpoint_type = "Interface"
  subnet_ids        = [aws_subnet.app.id]
}

# us-west-2 is fine: an OpenVPN server admits UDP 1194 from the internet.
resource "aws_security_group" "openvpn" {
  provider = aws.west

  ingress {
    protocol    = "udp"
    from_port   = 1194
    to_port     = 1194
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "openvpn" {
  provider               = aws.west
  ami                    = "ami-12345678"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.openvpn.id]
}

resource "aws_db_instance" "west" {
  provider       = aws.west
  engine         = "postgres"
  instance_class = "db.t3.micro"
}

# eu-west-1 is fine: a network with subnets, routes and gateways in which
# nothing runs needs no way in.
resource "aws_vpc" "eu" {
  provider   = aws.eu
  cidr_block = "10.2.0.0/16"
}

resource "aws_subnet" "eu" {
  provider   = aws.eu
  vpc_id     = aws_vpc.eu.id
  cidr_block = "10.2.1.0/24"
}

resource "aws_internet_gateway" "eu" {
  provider = aws.eu
  vpc_id   = aws_vpc.eu.id
}

resource "aws_route_table" "eu" {
  provider = aws.eu
  vpc_id   = aws_vpc.eu.id
}

# ap-southeast-2 fires: IKE alone (UDP 500) is no IPsec server reachable
# through the instance's NAT-ed public address, which needs UDP 4500 too.
resource "aws_security_group" "ipsec" {
  provider = aws.sydney
}

resource "aws_vpc_security_group_ingress_rule" "ike" {
  provider          = aws.sydney
  security_group_id = aws_security_group.ipsec.id
  ip_protocol       = "udp"
  from_port         = 500
  to_port           = 500
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_instance" "ipsec" {
  provider               = aws.sydney
  ami                    = "ami-12345678"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.ipsec.id]
}
