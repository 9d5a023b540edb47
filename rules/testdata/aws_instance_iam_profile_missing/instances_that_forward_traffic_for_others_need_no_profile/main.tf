provider "aws" {
  region = "us-east-1"
}

# A NAT instance: source/destination checking is off, as AWS requires of an
# instance that forwards traffic for others. No finding.
resource "aws_instance" "nat" {
  ami               = "ami-123"
  instance_type     = "t3.micro"
  subnet_id         = "subnet-public"
  source_dest_check = false
  user_data         = "sysctl -w net.ipv4.ip_forward=1"
}

resource "aws_spot_instance_request" "nat" {
  ami               = "ami-123"
  source_dest_check = "false"
}

variable "forwards" {
  type    = bool
  default = false
}

resource "aws_instance" "nat_by_variable" {
  ami               = "ami-123"
  source_dest_check = var.forwards
}

# Checking on, or a value that cannot be known: judged as any instance.
resource "aws_instance" "checked" { # want `aws_instance\.checked sets no iam_instance_profile` @ `resource "aws_instance" "checked"`
  ami               = "ami-123"
  source_dest_check = true
}

variable "unknown" {
  type = bool
}

resource "aws_instance" "unknown" { # want `aws_instance\.unknown sets no iam_instance_profile` @ `resource "aws_instance" "unknown"`
  ami               = "ami-123"
  source_dest_check = var.unknown
}

# A NAT instance launched from a template of its own module does not make the
# template need a profile.
resource "aws_launch_template" "nat" {
  image_id = "ami-123"
}

resource "aws_instance" "nat_from_template" {
  source_dest_check = false
  launch_template {
    id = aws_launch_template.nat.id
  }
}
