package awsregion

import "testing"

func TestNamesLocation(t *testing.T) {
	for _, c := range []struct {
		dir, region string
		want        bool
	}{
		{"01.tokyo", "ap-northeast-1", true},
		{"Tokyo", "ap-northeast-1", true},
		{"02.sao-paulo", "sa-east-1", true},
		{"São_Paulo", "sa-east-1", true},
		{"virginia", "us-east-1", true},
		{"n-virginia", "us-east-1", true},
		{"n.virginia", "us-east-1", true},
		{"ohio", "us-east-2", true},
		{"ireland", "eu-west-1", true},
		{"frankfurt", "eu-central-1", true},
		{"tel-aviv", "il-central-1", true},
		{"canada-central", "ca-central-1", true},
		// Another region's location, or no place at all.
		{"tokyo", "us-east-1", false},
		{"paulo", "sa-east-1", false},
		{"central", "ca-central-1", false},
		{"tokyo-prod", "ap-northeast-1", false},
		{"01", "ap-northeast-1", false},
		{"", "ap-northeast-1", false},
		{"tokyo", "xx-nowhere-1", false},
		{"n", "us-east-1", false},
	} {
		if got := NamesLocation(c.dir, c.region); got != c.want {
			t.Errorf("NamesLocation(%q, %q) = %v, want %v", c.dir, c.region, got, c.want)
		}
	}
}
