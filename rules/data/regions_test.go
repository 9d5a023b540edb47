package data

import (
	"strings"
	"testing"
)

func TestRegionNames(t *testing.T) {
	if got := len(RegionNames); got != 34 {
		t.Errorf("regions = %d, want 34 (the aws partition)", got)
	}
	for code, want := range map[string]string{
		"ap-northeast-1": "Asia Pacific (Tokyo)", "sa-east-1": "South America (São Paulo)",
		"us-east-1": "US East (N. Virginia)", "eu-west-1": "Europe (Ireland)",
	} {
		if got := RegionNames[code]; got != want {
			t.Errorf("RegionNames[%q] = %q, want %q", code, got, want)
		}
	}
	for code, name := range RegionNames {
		if !strings.HasSuffix(name, ")") {
			t.Errorf("%s: %q names no location in parentheses", code, name)
		}
	}
}
