package integration

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/textproto"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// lspTimeout bounds every wait for the language server; a lint of the test's
// one file takes well under a second.
const lspTimeout = 30 * time.Second

// TestLangserverPublishesDiagnostics drives the real `tflint --langserver` the
// way an editor does: it opens a file with a finding of the plugin, sees the
// diagnostic, fixes the file and sees the diagnostic go away.
func TestLangserverPublishesDiagnostics(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		".tflint.hcl": dbPasswordConfig,
		"main.tf":     dbPasswordFinding,
	})
	env := isolatedEnv(t.TempDir(), "TFLINT_PLUGIN_DIR="+pluginDir)

	// The language server sends only the message, so take the rule's message
	// from the CLI on the same file to tie the diagnostic to the rule.
	stdout, stderr, _ := runTFLintEnv(t, dir, env, "--format", "json")
	issues := jsonIssues(t, stdout, stderr)
	if len(issues) != 1 || issues[0].Rule.Name != dbPasswordRule {
		t.Fatalf("tflint reported %+v, want one %s issue", issues, dbPasswordRule)
	}
	wantMessage := issues[0].Message

	lsp := startLangserver(t, dir, env)
	var init struct {
		Capabilities struct {
			TextDocumentSync struct {
				OpenClose bool `json:"openClose"`
				Change    int  `json:"change"`
			} `json:"textDocumentSync"`
		} `json:"capabilities"`
	}
	lsp.call("initialize", map[string]any{
		"processId":    nil,
		"rootUri":      fileURI(dir),
		"capabilities": map[string]any{},
	}, &init)
	if textSync := init.Capabilities.TextDocumentSync; !textSync.OpenClose || textSync.Change != 1 {
		t.Errorf("initialize: textDocumentSync = %+v, want openClose and full sync (1)", textSync)
	}
	lsp.notify("initialized", map[string]any{})

	uri := fileURI(filepath.Join(dir, "main.tf"))
	lsp.notify("textDocument/didOpen", map[string]any{
		"textDocument": map[string]any{"uri": uri, "languageId": "terraform", "version": 1, "text": dbPasswordFinding},
	})
	diags := lsp.diagnostics(uri)
	want := lspDiagnostic{
		Range: lspRange{Start: lspPosition{Line: 8, Character: 19}, End: lspPosition{Line: 8, Character: 22}},
		// 1 is Error: the rule's severity.
		Severity: 1,
		Message:  wantMessage,
	}
	if len(diags) != 1 || diags[0] != want {
		t.Fatalf("after didOpen, diagnostics for %s = %+v\nwant [%+v]", uri, diags, want)
	}

	lsp.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": 2},
		"contentChanges": []map[string]any{{"text": dbPasswordFixed}},
	})
	if diags := lsp.diagnostics(uri); len(diags) != 0 {
		t.Errorf("after the fix, diagnostics for %s = %+v, want none", uri, diags)
	}

	lsp.call("shutdown", nil, nil)
	lsp.notify("exit", nil)
	lsp.waitExit()
}

// TestLangserverRefusesChdirAndRecursive pins the behaviour docs/editors.md
// describes: an editor cannot point the language server at another directory.
func TestLangserverRefusesChdirAndRecursive(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	env := isolatedEnv(t.TempDir(), "TFLINT_PLUGIN_DIR="+pluginDir)
	for _, args := range [][]string{{"--langserver", "--chdir", "."}, {"--langserver", "--recursive"}} {
		flag := args[1]
		_, stderr, code := runTFLintEnv(t, dir, env, args...)
		if want := "Cannot use " + flag + " with --langserver"; code != 1 || !strings.Contains(stderr, want) {
			t.Errorf("tflint %s: exit %d, stderr %q; want exit 1 and %q", strings.Join(args, " "), code, stderr, want)
		}
	}
}

type lspPosition struct {
	Line      int `json:"line"`
	Character int `json:"character"`
}

type lspRange struct {
	Start lspPosition `json:"start"`
	End   lspPosition `json:"end"`
}

type lspDiagnostic struct {
	Range    lspRange `json:"range"`
	Severity int      `json:"severity"`
	Message  string   `json:"message"`
}

type lspMessage struct {
	ID     *int            `json:"id"`
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// langserver is an LSP client of a tflint --langserver process over stdio.
type langserver struct {
	t        *testing.T
	cmd      *exec.Cmd
	stdin    io.WriteCloser
	stderr   *lockedBuffer
	messages chan lspMessage
	exited   chan struct{}
	nextID   int
	pending  []lspMessage // notifications read while waiting for something else
}

func startLangserver(t *testing.T, dir string, env []string) *langserver {
	cmd := exec.Command(TFLintBinary(t), "--langserver")
	cmd.Dir = dir
	cmd.Env = env
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	ls := &langserver{
		t: t, cmd: cmd, stdin: stdin, stderr: &lockedBuffer{},
		messages: make(chan lspMessage, 16), exited: make(chan struct{}),
	}
	cmd.Stderr = ls.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go ls.read(stdout)
	go func() {
		_ = cmd.Wait()
		close(ls.exited)
	}()
	t.Cleanup(func() {
		select {
		case <-ls.exited:
		default:
			_ = cmd.Process.Kill()
			<-ls.exited
		}
		if t.Failed() {
			t.Logf("tflint --langserver stderr:\n%s", ls.stderr)
		}
	})
	return ls
}

// read decodes the server's messages (Content-Length framed JSON) until EOF.
func (ls *langserver) read(stdout io.Reader) {
	defer close(ls.messages)
	r := bufio.NewReader(stdout)
	for {
		header, err := textproto.NewReader(r).ReadMIMEHeader()
		if err != nil {
			return
		}
		length, err := strconv.Atoi(header.Get("Content-Length"))
		if err != nil {
			return
		}
		body := make([]byte, length)
		if _, err := io.ReadFull(r, body); err != nil {
			return
		}
		var msg lspMessage
		if json.Unmarshal(body, &msg) == nil {
			ls.messages <- msg
		}
	}
}

func (ls *langserver) send(msg map[string]any) {
	ls.t.Helper()
	msg["jsonrpc"] = "2.0"
	body, err := json.Marshal(msg)
	if err != nil {
		ls.t.Fatal(err)
	}
	if _, err := fmt.Fprintf(ls.stdin, "Content-Length: %d\r\n\r\n%s", len(body), body); err != nil {
		ls.t.Fatalf("writing to the language server: %s", err)
	}
}

func (ls *langserver) notify(method string, params any) {
	ls.t.Helper()
	msg := map[string]any{"method": method}
	if params != nil {
		msg["params"] = params
	}
	ls.send(msg)
}

// call sends a request and decodes its result into result (if not nil).
func (ls *langserver) call(method string, params, result any) {
	ls.t.Helper()
	ls.nextID++
	id := ls.nextID
	msg := map[string]any{"id": id, "method": method}
	if params != nil {
		msg["params"] = params
	}
	ls.send(msg)
	resp := ls.await(method+" response", func(m lspMessage) bool { return m.Method == "" && m.ID != nil && *m.ID == id })
	if resp.Error != nil {
		ls.t.Fatalf("%s failed: %d %s", method, resp.Error.Code, resp.Error.Message)
	}
	if result != nil {
		if err := json.Unmarshal(resp.Result, result); err != nil {
			ls.t.Fatalf("%s result %s: %s", method, resp.Result, err)
		}
	}
}

// diagnostics waits for the next textDocument/publishDiagnostics for uri.
func (ls *langserver) diagnostics(uri string) []lspDiagnostic {
	ls.t.Helper()
	var params struct {
		URI         string          `json:"uri"`
		Diagnostics []lspDiagnostic `json:"diagnostics"`
	}
	ls.await("publishDiagnostics for "+uri, func(m lspMessage) bool {
		if m.Method != "textDocument/publishDiagnostics" || json.Unmarshal(m.Params, &params) != nil {
			return false
		}
		return params.URI == uri
	})
	return params.Diagnostics
}

// await returns the first message, already read or still to come, that match accepts.
func (ls *langserver) await(what string, match func(lspMessage) bool) lspMessage {
	ls.t.Helper()
	for i, m := range ls.pending {
		if match(m) {
			ls.pending = append(ls.pending[:i], ls.pending[i+1:]...)
			return m
		}
	}
	timeout := time.After(lspTimeout)
	for {
		select {
		case m, ok := <-ls.messages:
			if !ok {
				ls.t.Fatalf("the language server closed its output while we waited for %s", what)
			}
			if match(m) {
				return m
			}
			ls.pending = append(ls.pending, m)
		case <-timeout:
			ls.t.Fatalf("no %s within %s", what, lspTimeout)
		}
	}
}

func (ls *langserver) waitExit() {
	ls.t.Helper()
	select {
	case <-ls.exited:
		if code := ls.cmd.ProcessState.ExitCode(); code != 0 {
			ls.t.Errorf("the language server exited with %d after shutdown and exit", code)
		}
	case <-time.After(lspTimeout):
		ls.t.Errorf("the language server did not exit within %s of the exit notification", lspTimeout)
	}
}

// fileURI is the file:// URI of an absolute path, as editors send it.
func fileURI(path string) string {
	path = filepath.ToSlash(path)
	if !strings.HasPrefix(path, "/") {
		path = "/" + path // Windows: file:///C:/...
	}
	return "file://" + path
}

// lockedBuffer is a bytes.Buffer safe for the process's writes and the test's reads.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
