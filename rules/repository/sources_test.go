package repository

import (
	"reflect"
	"strings"
	"testing"
)

func TestMayHoldModuleBlock(t *testing.T) {
	for src, want := range map[string]bool{
		`module "net" { source = "./net" }`:                    true,
		"locals {}\nmodule\t\"net\" {\n}":                      true,
		`module net { source = "./net" }`:                      true,
		`module /* the network */ "net" {}`:                    true,
		`resource "a" "b" { vpc_id = module.net.vpc_id }`:      false,
		`variable "module_name" {}`:                            false,
		`locals { x = "submodule" }`:                           false,
		`locals { x = "a module" }`:                            true, // prose may look like a header: parsed, harmless
		`resource "a" "b" { name = my-module }`:                false,
		"module.net.id\nmodule \"app\" { source = \"./app\" }": true,
		"":       false,
		"module": false,
	} {
		if got := mayHoldModuleBlock([]byte(src)); got != want {
			t.Errorf("mayHoldModuleBlock(%q) = %v, want %v", src, got, want)
		}
	}
}

// TestModuleBlocksParsedAlone: the module blocks of a file are found as the
// parser finds them, past heredocs, templates and comments that hold braces
// or the word module, and their sources are read from them alone.
func TestModuleBlocksParsedAlone(t *testing.T) {
	src := `# the network
module "net" {
  source = "./net"
  tags   = { Name = "${var.name}-{net}" }
}
resource "aws_instance" "a" {
  user_data = <<-EOT
    module "fake" {
      source = "./fake"
    }
  EOT
  dynamic "ebs_block_device" {
    for_each = {}
    content {}
  }
}
/* app */ module "app" {
  source = "../app"
}
locals { x = "module \"y\" { source = \"./y\" }" }
module "registry" { source = "terraform-aws-modules/vpc/aws" }
`
	for _, src := range []string{src, strings.ReplaceAll(src, "/* app */ ", "")} {
		if got, want := localSources("main.tf", []byte(src)), []string{"./net", "../app"}; !reflect.DeepEqual(got, want) {
			t.Errorf("localSources = %q, want %q in\n%s", got, want, src)
		}
	}
	// Found line by line (no heredoc, no block comment), a block whose
	// strings hold braces, and a brace in a comment.
	plain := "module \"a\" {\n  source = \"./a\" # }\n  tags = { x = \"}{\\\"\" }\n}\nresource \"x\" \"y\" {\n  z = \"module \\\"b\\\" {\"\n}\n  module \"c\" { source = \"../c\" }\n"
	if got, want := localSources("main.tf", []byte(plain)), []string{"./a", "../c"}; !reflect.DeepEqual(got, want) {
		t.Errorf("localSources = %q, want %q in\n%s", got, want, plain)
	}
}
