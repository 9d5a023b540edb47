output "db_secret_arn" {
  description = "Not the secret: the name was taken before the fix."
  value       = var.aws_region
}
