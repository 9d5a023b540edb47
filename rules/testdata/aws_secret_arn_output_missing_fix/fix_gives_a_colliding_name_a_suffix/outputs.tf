output "db_secret_arn" {
  description = "Not a secret's ARN at all."
  value       = var.aws_region
}
