# The module this repository publishes: its examples and tests call it, and
# so does live/prod. Called, it shows nothing itself; each caller shows its
# open SSH port at the module block.
resource "aws_security_group" "bastion" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
