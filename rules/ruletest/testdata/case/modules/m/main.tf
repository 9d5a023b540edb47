variable "v" {} # want "v"
