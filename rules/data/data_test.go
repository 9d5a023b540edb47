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
