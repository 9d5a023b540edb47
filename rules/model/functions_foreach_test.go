package model

import (
	"testing"

	"github.com/zclconf/go-cty/cty"
)

// A for_each that filters objects by length (issue 10) evaluates, in the
// module that holds it, to one instance per non-empty rule: length() took
// only collections, so the whole for_each was unknown and every rule's
// instances, the SSH rule open to the internet among them, went unchecked.
func TestForEachFilteringObjectsByLengthExpands(t *testing.T) {
	c := buildOnDisk(t, map[string]string{
		"main.tf": `
module "web" {
  source = "./modules/sg"
  rules = [
    { name = "https", port = 443, cidr = "0.0.0.0/0" },
    { name = "ssh", port = 22, cidr = "0.0.0.0/0" },
    {},
  ]
}
`,
		"modules/sg/main.tf": `
variable "rules" {
  type    = any
  default = []
}

locals {
  rules = var.rules
}

resource "aws_security_group_rule" "ingress" {
  for_each = { for r in local.rules : r.name => r if length(r) > 0 }
}
`,
	}, Settings{Schema: testSchema})
	r := c.Module.Calls[0].Module.Resource("aws_security_group_rule", "ingress")
	instances := r.Instances()
	if len(instances) != 2 {
		t.Fatalf("instances = %+v, want https and ssh", instances)
	}
	for i, want := range []struct {
		key  string
		port int64
	}{{`["https"]`, 443}, {`["ssh"]`, 22}} {
		inst := instances[i]
		port := inst.Vars["each"].GetAttr("value").GetAttr("port")
		if inst.Key != want.key || !port.RawEquals(cty.NumberIntVal(want.port)) {
			t.Errorf("instance %d = %s with port %#v, want %s with port %d", i, inst.Key, port, want.key, want.port)
		}
	}
}
