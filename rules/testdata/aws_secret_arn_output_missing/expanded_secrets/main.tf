terraform {
  backend "s3" {}
}
resource "aws_secretsmanager_secret" "each" {
  for_each = toset(["a", "b"])
  name     = each.key
}
resource "aws_secretsmanager_secret" "listed" { # want `aws_secretsmanager_secret\.listed is not exposed by any output of this configuration, .* Add an output with \{ for k, v in aws_secretsmanager_secret\.listed : k => v\.arn \}\.` @ `resource "aws_secretsmanager_secret" "listed"`
  count = 2
}
output "each" {
  value = { for k, s in aws_secretsmanager_secret.each : k => s.arn }
}
