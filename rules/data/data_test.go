package data

import "testing"

func TestCountsMatchSourceHeaders(t *testing.T) {
	if got := len(TaggableResources); got != 839 {
		t.Errorf("taggable types = %d, want 839 (source header)", got)
	}
	if !TaggableResources["aws_vpc"] || TaggableResources["aws_route_table_association"] || TaggableResources["aws_kms_alias"] {
		t.Error("taggable set is wrong for aws_vpc / aws_route_table_association / aws_kms_alias")
	}
	n := 0
	for _, paths := range KMSAttributes {
		n += len(paths)
	}
	if n != 242+51 {
		t.Errorf("KMS attribute rows = %d, want 293 (242 + 51 per source headers)", n)
	}
}

func TestPrivateAccessFacts(t *testing.T) {
	for _, service := range []string{"ssm", "ssmmessages", "ec2messages"} {
		if !AdminEndpointServices[service] {
			t.Errorf("%s is not an admin endpoint service", service)
		}
	}
	if AdminEndpointServices["secretsmanager"] || AdminEndpointServices["s3"] {
		t.Error("secretsmanager or s3 is an admin endpoint service")
	}
	if got := len(SelfManagedVPNPorts); got != 3 || len(SelfManagedVPNPorts[2]) != 2 {
		t.Errorf("VPN port sets = %v, want 1194; 51820; 500,4500", SelfManagedVPNPorts)
	}
}
