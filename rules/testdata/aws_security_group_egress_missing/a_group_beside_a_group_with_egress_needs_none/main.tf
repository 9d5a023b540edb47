provider "aws" {
  region = "us-east-1"
}

# Outbound rules for every instance live here.
resource "aws_security_group" "common_egress" {
  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Egress by a standalone rule counts as well.
resource "aws_security_group" "ruled_egress" {}

resource "aws_vpc_security_group_egress_rule" "ruled" {
  security_group_id = aws_security_group.ruled_egress.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}

# Ingress only, but every instance and load balancer that uses it also has a
# group with egress: no finding.
resource "aws_security_group" "web" {}

resource "aws_instance" "web" {
  vpc_security_group_ids = [aws_security_group.web.id, aws_security_group.common_egress.id]
}

resource "aws_lb" "web" {
  security_groups = [aws_security_group.ruled_egress.id, aws_security_group.web.id]
}

# One instance without the egress group: the finding stays.
resource "aws_security_group" "partly" {} # want `aws_security_group\.partly has no egress rules` @ `resource "aws_security_group" "partly"`

resource "aws_instance" "with_egress" {
  vpc_security_group_ids = [aws_security_group.partly.id, aws_security_group.common_egress.id]
}

resource "aws_instance" "without_egress" {
  vpc_security_group_ids = [aws_security_group.partly.id]
}

# The other group states that it allows no egress: the finding stays.
resource "aws_security_group" "none" {
  egress = []
}

resource "aws_security_group" "beside_none" {} # want `aws_security_group\.beside_none has no egress rules` @ `resource "aws_security_group" "beside_none"`

resource "aws_instance" "none" {
  vpc_security_group_ids = [aws_security_group.beside_none.id, aws_security_group.none.id]
}

# The list is chosen by a condition or comes from a variable: which groups
# the instance gets cannot be known, the finding stays.
variable "extra_groups" {
  type    = list(string)
  default = []
}

variable "with_egress" {
  type = bool
}

resource "aws_security_group" "unknown_list" {} # want `aws_security_group\.unknown_list has no egress rules` @ `resource "aws_security_group" "unknown_list"`

resource "aws_instance" "unknown_list" {
  vpc_security_group_ids = concat([aws_security_group.unknown_list.id], var.extra_groups)
}

resource "aws_security_group" "conditional" {} # want `aws_security_group\.conditional has no egress rules` @ `resource "aws_security_group" "conditional"`

resource "aws_instance" "conditional" {
  vpc_security_group_ids = [aws_security_group.conditional.id, var.with_egress ? aws_security_group.common_egress.id : null]
}

# An egress group that does not exist gives nothing: the finding stays.
resource "aws_security_group" "absent_egress" {
  count = 0
  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "beside_absent" {} # want `aws_security_group\.beside_absent has no egress rules` @ `resource "aws_security_group" "beside_absent"`

resource "aws_instance" "beside_absent" {
  vpc_security_group_ids = [aws_security_group.beside_absent.id, aws_security_group.absent_egress[0].id]
}

# A database's group beside a group with egress: the database can start
# connections through it, no finding. Alone, a database's group keeps its
# finding (a_group_attached_only_to_interface_endpoints_needs_no_egress).
resource "aws_security_group" "database" {}

resource "aws_db_instance" "main" {
  vpc_security_group_ids      = [aws_security_group.database.id, aws_security_group.common_egress.id]
  manage_master_user_password = true
}

# Attached to nothing: the finding stays.
resource "aws_security_group" "unused" {} # want `aws_security_group\.unused has no egress rules` @ `resource "aws_security_group" "unused"`
