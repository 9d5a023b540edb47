package rules

import "testing"

func TestGrantsSecretName(t *testing.T) {
	for _, c := range []struct {
		pattern, name string
		want          bool
	}{
		{"govuk/*", "govuk/signon/api-key", true},
		{"govuk/*", "platform/api-key", false},
		{"govuk/signon/api-key", "govuk/signon/api-key", true},
		{"govuk/signon/api-key-??????", "govuk/signon/api-key", true},
		{"govuk/signon/api-key*", "govuk/signon/api-key", true},
		{"govuk/signon/api-key-?????", "govuk/signon/api-key", false},
		// Literal characters do not stand for the random suffix.
		{"govuk/signon/api-key-abcdef", "govuk/signon/api-key", false},
		{"govuk/signon/api?key", "govuk/signon/api-key", true},
		{"govuk/*/api-key", "govuk/signon/api-key", true},
		{"govuk/*/api-key", "govuk/signon/other", false},
	} {
		if got := grantsSecretName(c.pattern, c.name); got != c.want {
			t.Errorf("grantsSecretName(%q, %q) = %v, want %v", c.pattern, c.name, got, c.want)
		}
	}
}

func TestSecretNamePattern(t *testing.T) {
	for _, c := range []struct {
		arn, want string
		ok        bool
	}{
		{"arn:aws:secretsmanager:eu-west-1:111122223333:secret:govuk/*", "govuk/*", true},
		{"arn:" + unknownPart + ":secretsmanager:" + unknownPart + ":" + unknownPart + ":secret:govuk/*", "govuk/*", true},
		{"arn:aws:secretsmanager:eu-west-1:111122223333:secret:*", "", false},
		{"arn:aws:secretsmanager:eu-west-1:111122223333:secret:" + unknownPart + "/*", "", false},
		{"arn:aws:ssm:eu-west-1:111122223333:parameter/govuk/*", "", false},
		{"*", "", false},
	} {
		got, ok := secretNamePattern(c.arn)
		if got != c.want || ok != c.ok {
			t.Errorf("secretNamePattern(%q) = %q, %v; want %q, %v", c.arn, got, ok, c.want, c.ok)
		}
	}
}

func TestGrantsPartlyUnknownSecretName(t *testing.T) {
	name := "govuk/" + unknownPart + "/" + unknownPart + "-readonly"
	for pattern, want := range map[string]bool{
		"govuk/*":          true,
		"gov*":             true,
		"govuk/x*":         false,
		"govuk/*-readonly": false,
		"govuk/?*":         false,
		"platform/*":       false,
		"govuk/":           false,
		"*":                true, // never a grant: secretNamePattern drops it
	} {
		if got := grantsSecretName(pattern, name); got != want {
			t.Errorf("grantsSecretName(%q, partly unknown name) = %v, want %v", pattern, got, want)
		}
	}
}
