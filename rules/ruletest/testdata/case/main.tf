module "m" {
  source = "./modules/m"
}
resource "a" "b" {} # want "b"
