package ruletest

import (
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
)

func TestParseComments(t *testing.T) {
	src := `resource "a" "b" { # want "first" @ "\"a\"" "second"
  cidrs = ["0.0.0.0/0", "0.0.0.0/0"] // want ` + "`open to the world`" + ` @ "0.0.0.0/0"#2
  list = [ # want "multi" @ "[" ... "]"
    1,
  ] # not a want
  s = "# want \"in a string\""
}
`
	wants, err := ParseComments("main.tf", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	type got struct {
		line    int
		pattern string
		span    string
	}
	var gots []got
	for _, w := range wants {
		g := got{w.Line, w.Message.String(), "none"}
		if w.Span != nil {
			if w.Span.Filename != "main.tf" {
				t.Errorf("span file %q", w.Span.Filename)
			}
			g.span = span(*w.Span)
		}
		gots = append(gots, g)
	}
	want := []got{
		{1, "first", "1:10-1:13"},
		{1, "second", "none"},
		{2, "open to the world", "2:26-2:35"},
		{3, "multi", "3:10-5:4"},
	}
	if len(gots) != len(want) {
		t.Fatalf("got %v, want %v", gots, want)
	}
	for i := range want {
		if gots[i] != want[i] {
			t.Errorf("want %d: got %v, want %v", i, gots[i], want[i])
		}
	}
}

func TestParseWantErrors(t *testing.T) {
	src := "x = \"abc\"\n"
	for _, bad := range []string{
		`want abc`,                // unquoted pattern
		`want "("`,                // bad regexp
		`want "x" @ "nowhere"`,    // span not on the line
		`want "x" @ "abc"#2`,      // no second occurrence
		`want "x" @ "abc"#0`,      // occurrences count from 1
		`want "x" @ "a" ... "zz"`, // end on no later line
	} {
		if _, err := ParseComments("main.tf", []byte(src+"# "+bad+"\n")); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

func TestParseWantFile(t *testing.T) {
	sources := map[string][]byte{"main.tf.json": []byte("{\n  \"resource\": {\"a\": {}}\n}\n")}
	wants, err := ParseWantFile("want.txt", []byte("# comment\n\nmain.tf.json:2 \"a\" @ \"{}\" \"b\"\n"), sources)
	if err != nil {
		t.Fatal(err)
	}
	if len(wants) != 2 || wants[0].File != "main.tf.json" || wants[0].Line != 2 || *wants[0].Span != (hcl.Range{Filename: "main.tf.json", Start: hcl.Pos{Line: 2, Column: 21}, End: hcl.Pos{Line: 2, Column: 23}}) || wants[1].Span != nil {
		t.Errorf("got %+v", wants)
	}
	for _, bad := range []string{"main.tf.json \"a\"", "other.tf:1 \"a\"", "main.tf.json:x \"a\""} {
		if _, err := ParseWantFile("want.txt", []byte(bad), sources); err == nil || !strings.Contains(err.Error(), "want.txt:1") {
			t.Errorf("%s: got %v", bad, err)
		}
	}
}
