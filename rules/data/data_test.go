package data

import (
	"strings"
	"testing"
)

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

func TestEncryptionDecisionsCoverEveryProviderRow(t *testing.T) {
	if got := len(EncryptionSettings); got != 68+51 {
		t.Errorf("encryption settings = %d, want 119 (68 + 51 per source headers)", got)
	}
	decided := map[string]int{}
	for _, d := range EncryptionAtRest {
		if d.Doc == "" || !strings.HasPrefix(d.Doc, "https://docs.aws.amazon.com/") {
			t.Errorf("%s %s: no AWS documentation link", d.Type, d.Path)
		}
		switch d.Verdict {
		case VerdictUsed, VerdictKeyChoice, VerdictExcluded, VerdictAlways:
		default:
			t.Errorf("%s %s: unknown verdict %q", d.Type, d.Path, d.Verdict)
		}
		if d.KMSKeyPath != "" && !contains(KMSAttributes[d.Type], d.KMSKeyPath) {
			t.Errorf("%s: kms_key_path %s is not a KMS attribute of the type", d.Type, d.KMSKeyPath)
		}
		if d.Source != "service" {
			decided[d.Type+" "+d.Path]++
		}
	}
	for _, s := range EncryptionSettings {
		if n := decided[s.Type+" "+s.Path]; n != 1 {
			t.Errorf("%s %s is decided %d times, want once", s.Type, s.Path, n)
		}
	}
	if len(decided) != len(EncryptionSettings) {
		t.Errorf("%d decided rows, %d provider rows", len(decided), len(EncryptionSettings))
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
