module "inner" {
  source = "../topic"
  name   = "wrapped"
}
