package integration

import (
	"encoding/json"
	"encoding/xml"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
)

// lintRepository lints a repository laid out like docs/github-actions.md
// assumes: one .tflint.hcl at the top, configurations in subdirectories, run
// from the top with --recursive and the config's absolute path (a relative
// --config is resolved in each directory), plus extraArgs.
func lintRepository(t *testing.T, format string, extraArgs ...string) string {
	t.Helper()
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		".tflint.hcl":       dbPasswordConfig,
		"stacks/db/main.tf": dbPasswordFinding,
	})
	env := isolatedEnv(t.TempDir(), "TFLINT_PLUGIN_DIR="+pluginDir)
	args := append([]string{"--recursive", "--config", filepath.Join(root, ".tflint.hcl"), "--format", format}, extraArgs...)
	stdout, stderr, code := runTFLintEnv(t, root, env, args...)
	if code != 2 {
		t.Fatalf("tflint --format %s exited %d, want 2 (issues found)\nstdout:\n%s\nstderr:\n%s", format, code, stdout, stderr)
	}
	return stdout
}

// TestSARIFNamesRulesWithDocLinks checks what GitHub code scanning reads from
// `tflint --format sarif`: the rule id, its help link, the level and the
// location relative to the repository root, also with --chdir.
func TestSARIFNamesRulesWithDocLinks(t *testing.T) {
	t.Parallel()
	t.Run("from the top", func(t *testing.T) { checkSARIF(t, lintRepository(t, "sarif")) })
	t.Run("chdir", func(t *testing.T) { checkSARIF(t, lintRepository(t, "sarif", "--chdir", "stacks")) })
}

func checkSARIF(t *testing.T, stdout string) {
	var report struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID      string `json:"id"`
						HelpURI string `json:"helpUri"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID  string `json:"ruleId"`
				Level   string `json:"level"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine   int `json:"startLine"`
							StartColumn int `json:"startColumn"`
							EndLine     int `json:"endLine"`
							EndColumn   int `json:"endColumn"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(stdout), &report); err != nil {
		t.Fatalf("tflint --format sarif printed no JSON: %s\n%s", err, stdout)
	}
	if report.Version != "2.1.0" || len(report.Runs) != 2 {
		t.Fatalf("want SARIF 2.1.0 with a tflint run and a tflint-errors run, got version %q with %d runs", report.Version, len(report.Runs))
	}
	lint, errs := report.Runs[0], report.Runs[1]
	if lint.Tool.Driver.Name != "tflint" || errs.Tool.Driver.Name != "tflint-errors" || len(errs.Results) != 0 {
		t.Errorf("runs: %q then %q with %d results, want tflint then tflint-errors with none", lint.Tool.Driver.Name, errs.Tool.Driver.Name, len(errs.Results))
	}
	rules := lint.Tool.Driver.Rules
	if len(rules) != 1 || rules[0].ID != dbPasswordRule || rules[0].HelpURI != project.ReferenceLink(dbPasswordRule) {
		t.Errorf("SARIF rules = %+v, want %s with helpUri %s", rules, dbPasswordRule, project.ReferenceLink(dbPasswordRule))
	}
	if len(lint.Results) != 1 {
		t.Fatalf("SARIF has %d results, want 1:\n%s", len(lint.Results), stdout)
	}
	result := lint.Results[0]
	if result.RuleID != dbPasswordRule || result.Level != "error" || !strings.Contains(result.Message.Text, "manage_master_user_password = true") {
		t.Errorf("SARIF result: rule %q, level %q, message %q; want %s, error and the rule's message", result.RuleID, result.Level, result.Message.Text, dbPasswordRule)
	}
	if len(result.Locations) != 1 {
		t.Fatalf("SARIF result has %d locations, want 1", len(result.Locations))
	}
	loc := result.Locations[0].PhysicalLocation
	if loc.ArtifactLocation.URI != "stacks/db/main.tf" || loc.Region.StartLine != 9 || loc.Region.StartColumn != 20 || loc.Region.EndLine != 9 || loc.Region.EndColumn != 23 {
		t.Errorf("SARIF location = %+v, want stacks/db/main.tf 9:20-9:23", loc)
	}
}

func TestJUnitNamesRules(t *testing.T) {
	t.Parallel()
	stdout := lintRepository(t, "junit")
	var report struct {
		Suites []struct {
			Cases []struct {
				ClassName string `xml:"classname,attr"`
				Name      string `xml:"name,attr"`
				Failure   struct {
					Type string `xml:"type,attr"`
					Body string `xml:",chardata"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal([]byte(stdout), &report); err != nil {
		t.Fatalf("tflint --format junit printed no XML: %s\n%s", err, stdout)
	}
	if len(report.Suites) != 1 || len(report.Suites[0].Cases) != 1 {
		t.Fatalf("want one testsuite with one testcase:\n%s", stdout)
	}
	tc := report.Suites[0].Cases[0]
	// TFLint v0.64+ appends the range to the name; JUnit has no place for a link.
	if tc.ClassName != "stacks/db/main.tf" || !strings.HasPrefix(tc.Name, dbPasswordRule) || tc.Failure.Type != "Error" ||
		!strings.Contains(tc.Failure.Body, "Rule: "+dbPasswordRule) {
		t.Errorf("JUnit testcase = %+v, want class stacks/db/main.tf, a name starting with %s and an Error failure naming the rule", tc, dbPasswordRule)
	}
}

func TestCheckstyleNamesRulesWithDocLinks(t *testing.T) {
	t.Parallel()
	stdout := lintRepository(t, "checkstyle")
	var report struct {
		Files []struct {
			Name   string `xml:"name,attr"`
			Errors []struct {
				Source   string `xml:"source,attr"`
				Rule     string `xml:"rule,attr"`
				Link     string `xml:"link,attr"`
				Severity string `xml:"severity,attr"`
				Line     int    `xml:"line,attr"`
				Column   int    `xml:"column,attr"`
			} `xml:"error"`
		} `xml:"file"`
	}
	if err := xml.Unmarshal([]byte(stdout), &report); err != nil {
		t.Fatalf("tflint --format checkstyle printed no XML: %s\n%s", err, stdout)
	}
	if len(report.Files) != 1 || len(report.Files[0].Errors) != 1 {
		t.Fatalf("want one file with one error:\n%s", stdout)
	}
	file, e := report.Files[0], report.Files[0].Errors[0]
	if file.Name != "stacks/db/main.tf" || e.Source != dbPasswordRule || e.Rule != dbPasswordRule ||
		e.Link != project.ReferenceLink(dbPasswordRule) || e.Severity != "error" || e.Line != 9 || e.Column != 20 {
		t.Errorf("checkstyle error in %s = %+v, want %s with its link, error at stacks/db/main.tf:9:20", file.Name, e, dbPasswordRule)
	}
}
