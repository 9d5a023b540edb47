resource "a" "c" {} # want "c"
