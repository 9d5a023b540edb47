provider "aws" {
  region = "us-east-1"
}

variable "enis" {
  type = list(string)
}
resource "aws_instance" "app" {
  dynamic "network_interface" {
    for_each = var.enis
    content {
      network_interface_id = network_interface.value
      device_index         = 0
    }
  }
}
