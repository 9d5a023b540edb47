package awsregion

import "testing"

func TestIsName(t *testing.T) {
	for s, want := range map[string]bool{
		"us-east-1": true, "eu-central-2": true, "us-gov-west-1": true, "ap-southeast-5": true,
		"": false, "us-east": false, "US-EAST-1": false, "us-east-1a": false, "global": false,
	} {
		if got := IsName(s); got != want {
			t.Errorf("IsName(%q) = %v, want %v", s, got, want)
		}
	}
}
