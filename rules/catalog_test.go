package rules

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// Adding a rule is one file, one entry in Rules, one doc page, one README
// row and one integration fixture: this test finds the ones left out.
func TestCatalog(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := readmeRuleRows(readme)
	if err != nil {
		t.Fatal(err)
	}
	reported, err := rulesReportedByFixtures("../integration/testdata")
	if err != nil {
		t.Fatal(err)
	}
	hasDoc := func(name string) bool {
		_, err := os.Stat(filepath.Join("../docs/rules", name+".md"))
		return err == nil
	}
	for _, problem := range catalogProblems(Rules, rows, hasDoc, reported) {
		t.Error(problem)
	}
}

// ruleRow is a row of the README's rules table.
type ruleRow struct {
	Severity string
	Enabled  string
}

// readmeRuleRows reads the README table whose header has Rule, Severity and
// Enabled columns, by rule name (the text of the Rule cell).
func readmeRuleRows(src []byte) (map[string]ruleRow, error) {
	doc := goldmark.New(goldmark.WithExtensions(extension.Table)).Parser().Parse(text.NewReader(src))
	var rows map[string]ruleRow
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		table, ok := n.(*extast.Table)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		var columns map[string]int
		for row := table.FirstChild(); row != nil; row = row.NextSibling() {
			cells := cellTexts(row, src)
			if _, header := row.(*extast.TableHeader); header {
				columns = map[string]int{}
				for i, c := range cells {
					columns[c] = i
				}
				if _, ok := columns["Rule"]; !ok {
					break
				}
				if _, ok := columns["Severity"]; !ok {
					break
				}
				if _, ok := columns["Enabled"]; !ok {
					break
				}
				if rows != nil {
					return ast.WalkStop, fmt.Errorf("more than one rules table")
				}
				rows = map[string]ruleRow{}
				continue
			}
			if len(cells) != len(columns) {
				return ast.WalkStop, fmt.Errorf("a row with %d cells under %d columns", len(cells), len(columns))
			}
			name := cells[columns["Rule"]]
			if _, dup := rows[name]; dup {
				return ast.WalkStop, fmt.Errorf("two rows for %s", name)
			}
			rows[name] = ruleRow{Severity: cells[columns["Severity"]], Enabled: cells[columns["Enabled"]]}
		}
		return ast.WalkSkipChildren, nil
	})
	if err == nil && rows == nil {
		err = fmt.Errorf("no table with Rule, Severity and Enabled columns")
	}
	return rows, err
}

// cellTexts are the plain texts of a table row's cells (link and code text
// included, markup left out).
func cellTexts(row ast.Node, src []byte) []string {
	var cells []string
	for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
		var b strings.Builder
		_ = ast.Walk(cell, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if t, ok := n.(*ast.Text); ok && entering {
				b.Write(t.Segment.Value(src))
			}
			return ast.WalkContinue, nil
		})
		cells = append(cells, strings.TrimSpace(b.String()))
	}
	return cells
}

// rulesReportedByFixtures are the rules some integration fixture's
// result.json reports.
func rulesReportedByFixtures(dir string) (map[string]bool, error) {
	results, err := filepath.Glob(filepath.Join(dir, "*", "result.json"))
	if err != nil {
		return nil, err
	}
	reported := map[string]bool{}
	for _, path := range results {
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		var result struct {
			Issues []struct {
				Rule struct{ Name string } `json:"rule"`
			} `json:"issues"`
		}
		if err := json.Unmarshal(src, &result); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		for _, issue := range result.Issues {
			reported[issue.Rule.Name] = true
		}
	}
	return reported, nil
}

// catalogProblems lists what the catalog lacks for each rule, and README rows
// that name no rule.
func catalogProblems(rules []tflint.Rule, rows map[string]ruleRow, hasDoc func(string) bool, reported map[string]bool) []string {
	var problems []string
	named := map[string]bool{}
	for _, rule := range rules {
		name := rule.Name()
		named[name] = true
		if !hasDoc(name) {
			problems = append(problems, fmt.Sprintf("%s: no docs/rules/%s.md", name, name))
		}
		if !reported[name] {
			problems = append(problems, fmt.Sprintf("%s: no integration fixture reports it", name))
		}
		row, ok := rows[name]
		if !ok {
			problems = append(problems, fmt.Sprintf("%s: no row in the README's rules table", name))
			continue
		}
		if want := strings.ToLower(rule.Severity().String()); row.Severity != want {
			problems = append(problems, fmt.Sprintf("%s: the README says severity %q, the rule %q", name, row.Severity, want))
		}
		if want := map[bool]string{true: "yes", false: "no"}[rule.Enabled()]; row.Enabled != want {
			problems = append(problems, fmt.Sprintf("%s: the README says enabled %q, the rule %q", name, row.Enabled, want))
		}
	}
	var stale []string
	for name := range rows {
		if !named[name] {
			stale = append(stale, fmt.Sprintf("%s: a README row, but no such rule in Rules", name))
		}
	}
	sort.Strings(stale)
	return append(problems, stale...)
}

func TestReadmeRuleRows(t *testing.T) {
	src := []byte("# Rules\n\n| Name | Other |\n| --- | --- |\n| x | y |\n\n" +
		"| Rule | Severity | Enabled | What |\n| --- | --- | --- | --- |\n" +
		"| [aws_a](docs/rules/aws_a.md) | error | yes | `0.0.0.0/0` |\n" +
		"| aws_b | warning | no | |\n")
	rows, err := readmeRuleRows(src)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]ruleRow{"aws_a": {"error", "yes"}, "aws_b": {"warning", "no"}}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("got %v, want %v", rows, want)
	}
	for _, bad := range []string{
		"| Name |\n| --- |\n| x |\n",
		"| Rule | Severity | Enabled |\n| --- | --- | --- |\n| a | error | yes |\n| a | error | yes |\n",
	} {
		if _, err := readmeRuleRows([]byte(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

type catalogTestRule struct {
	tflint.DefaultRule
	name     string
	severity tflint.Severity
	enabled  bool
}

func (r *catalogTestRule) Name() string              { return r.name }
func (r *catalogTestRule) Enabled() bool             { return r.enabled }
func (r *catalogTestRule) Severity() tflint.Severity { return r.severity }
func (r *catalogTestRule) Check(tflint.Runner) error { return nil }

func TestCatalogProblems(t *testing.T) {
	rules := []tflint.Rule{
		&catalogTestRule{name: "good", severity: tflint.ERROR, enabled: true},
		&catalogTestRule{name: "wrong_row", severity: tflint.WARNING, enabled: false},
		&catalogTestRule{name: "missing", severity: tflint.NOTICE, enabled: true},
	}
	rows := map[string]ruleRow{"good": {"error", "yes"}, "wrong_row": {"error", "yes"}, "stale": {"error", "yes"}}
	hasDoc := func(name string) bool { return name != "missing" }
	reported := map[string]bool{"good": true, "wrong_row": true}
	got := catalogProblems(rules, rows, hasDoc, reported)
	want := []string{
		`wrong_row: the README says severity "error", the rule "warning"`,
		`wrong_row: the README says enabled "yes", the rule "no"`,
		"missing: no docs/rules/missing.md",
		"missing: no integration fixture reports it",
		"missing: no row in the README's rules table",
		"stale: a README row, but no such rule in Rules",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}
