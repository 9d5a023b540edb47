provider "aws" {
  region = "us-east-1"
}
module "exposed" {
  source = "./secret"
}
module "hidden" { # want `module\.hidden\.aws_secretsmanager_secret\.this is not exposed by any output of this configuration, .* Add an output with module\.hidden\.secret_arn\.` @ `module "hidden"`
  source = "./secret"
}
module "db" { # want `module\.db\.aws_db_instance\.this keeps its master password in a secret that RDS manages, .* Add an output with module\.db\.secret_arn\.` @ `module "db"`
  source  = "./db"
  managed = true
}
module "unmanaged_db" {
  source  = "./db"
  managed = false
}
module "disabled" {
  source = "./secret"
  count  = 0
}
module "wrapper" {
  source     = "app.terraform.io/acme/outputs/aws"
  secret_arn = aws_secretsmanager_secret.through_opaque.arn
}
module "sink" {
  source     = "app.terraform.io/acme/sink/aws"
  secret_arn = aws_secretsmanager_secret.into_sink.arn
}
resource "aws_secretsmanager_secret" "through_opaque" {}
resource "aws_secretsmanager_secret" "into_sink" {} # want `aws_secretsmanager_secret\.into_sink is not exposed by any output of this configuration, .* Add an output with aws_secretsmanager_secret\.into_sink\.arn\.` @ `resource "aws_secretsmanager_secret" "into_sink"`
resource "aws_secretsmanager_secret" "round_trip" {}
module "passthrough" {
  source = "./passthrough"
  value  = aws_secretsmanager_secret.round_trip.arn
}
output "exposed" {
  value = module.exposed.secret_arn
}
output "wrapped" {
  value = module.wrapper.everything
}
output "round_trip" {
  value = module.passthrough.value
}
module "whole" {
  source = "./secret"
}
module "bare" { # want `module\.bare\.aws_secretsmanager_secret\.internal is not exposed by any output of this configuration, .* Expose aws_secretsmanager_secret\.internal\.arn as an output of the module and pass it on in an output here\.` @ `module "bare"`
  source = "./bare"
}
module "registry_exposing" { # want `module\.registry_exposing\.aws_secretsmanager_secret\.this is not exposed by any output of this configuration, .* Add an output with module\.registry_exposing\.secret_arn\.` @ `module "registry_exposing"`
  source  = "terraform-aws-modules/secrets-manager/aws"
  version = "1.3.1"
}
module "counted" { # want `module\.counted\.aws_secretsmanager_secret\.this is not exposed by any output of this configuration, .* Add an output that passes on the secret_arn output of every instance of module\.counted\.` @ `module "counted"`
  source = "./secret"
  count  = 2
}
module "registry_silent" {
  source  = "example/internal-secret/aws"
  version = "1.0.0"
}
locals {
  everything = module.whole
}
output "whole_module" {
  value = local.everything
}
