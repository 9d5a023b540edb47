resource "a" "b" {} # want "b"
