output "s" {
  value = aws_secretsmanager_secret.s.arn
}
