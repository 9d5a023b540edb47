resource "aws_instance" "hybrid_node" {
  ami = "ami-123"
  metadata_options {
    http_endpoint = "disabled"
  }
}
resource "aws_instance" "imds_on" { # want `aws_instance\.imds_on sets no iam_instance_profile, so the instance runs` @ `resource "aws_instance" "imds_on"`
  ami = "ami-123"
  metadata_options {
    http_endpoint = "enabled"
  }
}
