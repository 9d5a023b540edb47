package integration

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hashicorp/go-version"
)

// tflintTimeout bounds every tflint run of these tests: each takes well under
// a second, so hitting it means tflint hangs.
const tflintTimeout = 60 * time.Second

// dbPasswordRule is the rule the distribution tests expect to fire; they
// enable only it so that rules added later do not change their output.
const dbPasswordRule = "aws_db_manage_master_password"

// dbPasswordConfig enables only dbPasswordRule.
const dbPasswordConfig = `config {
  disabled_by_default = true
}

plugin "terraform" {
  enabled = false
}

plugin "awsbaseline" {
  enabled = true
}

rule "aws_db_manage_master_password" {
  enabled = true
}
`

// dbPasswordFinding holds a finding of dbPasswordRule: the password
// expression `"x"` on line 9, columns 20 to 23 (1-based, end exclusive).
const dbPasswordFinding = `provider "aws" {
  region = "us-east-1"
}

resource "aws_db_instance" "main" {
  engine         = "postgres"
  instance_class = "db.t3.micro"
  username       = "app"
  password       = "x"
}
`

// dbPasswordFixed is dbPasswordFinding with the finding fixed.
const dbPasswordFixed = `provider "aws" {
  region = "us-east-1"
}

resource "aws_db_instance" "main" {
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  username                    = "app"
  manage_master_user_password = true
}
`

// isolatedEnv is the environment minus everything that could make tflint read
// the developer's config, plugins, tokens or trust store, plus HOME=home and extra.
func isolatedEnv(home string, extra ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch {
		case name == "HOME", name == "USERPROFILE", name == "SSL_CERT_FILE", name == "SSL_CERT_DIR",
			strings.HasPrefix(name, "TFLINT_"), strings.HasPrefix(name, "GITHUB_TOKEN"):
			continue
		}
		env = append(env, kv)
	}
	env = append(env, "HOME="+home, "USERPROFILE="+home, "TFLINT_DISABLE_VERSION_CHECK=1")
	return append(env, extra...)
}

// runTFLintEnv runs tflint in dir with exactly env and returns its output and exit code.
func runTFLintEnv(t testing.TB, dir string, env []string, args ...string) (stdout, stderr string, exitCode int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), tflintTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, TFLintBinary(t), args...)
	cmd.Dir = dir
	cmd.Env = env
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("tflint %s did not finish within %s\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), tflintTimeout, &out, &errOut)
	}
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		return out.String(), errOut.String(), exitErr.ExitCode()
	} else if err != nil {
		t.Fatalf("running tflint: %s", err)
	}
	return out.String(), errOut.String(), 0
}

// writeFiles writes name → content under dir, creating directories.
func writeFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

var (
	tflintVersionOnce sync.Once
	tflintVersionVal  *version.Version
	tflintVersionErr  string
)

var tflintVersionLine = regexp.MustCompile(`TFLint version (\S+)`)

// tflintVersion is the version of the tflint under test.
func tflintVersion(t testing.TB) *version.Version {
	t.Helper()
	tflintVersionOnce.Do(func() {
		dir, err := os.MkdirTemp("", "awsbaseline-version")
		if err != nil {
			tflintVersionErr = err.Error()
			return
		}
		defer os.RemoveAll(dir)
		stdout, stderr, _ := runTFLintEnv(t, dir, isolatedEnv(dir), "--version")
		m := tflintVersionLine.FindStringSubmatch(stdout)
		if m == nil {
			tflintVersionErr = "tflint --version printed no version:\n" + stdout + stderr
			return
		}
		if tflintVersionVal, err = version.NewVersion(m[1]); err != nil {
			tflintVersionErr = err.Error()
		}
	})
	if tflintVersionVal == nil {
		t.Fatal(tflintVersionErr)
	}
	return tflintVersionVal
}

// tflintAtLeast reports whether the tflint under test is v or newer.
func tflintAtLeast(t testing.TB, v string) bool {
	t.Helper()
	return tflintVersion(t).GreaterThanOrEqual(version.Must(version.NewVersion(v)))
}
