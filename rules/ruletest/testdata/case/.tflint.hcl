rule "r" {
  enabled = true
}
