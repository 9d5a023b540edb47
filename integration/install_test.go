package integration

import (
	"archive/zip"
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/crypto/openpgp"       //nolint:staticcheck // the package TFLint verifies signatures with
	"golang.org/x/crypto/openpgp/armor" //nolint:staticcheck // see above

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/project"
)

const (
	releaseOwner = "awsbaseline"
	releaseRepo  = "tflint-ruleset-awsbaseline"
	pluginName   = "tflint-ruleset-awsbaseline"
	githubToken  = "test-token"
)

// releaseAssetName is the zip `tflint --init` downloads on this machine.
func releaseAssetName() string {
	return fmt.Sprintf("%s_%s_%s.zip", pluginName, runtime.GOOS, runtime.GOARCH)
}

// TestInitInstallsSignedRelease installs the plugin with the real `tflint --init`
// from release assets served the way GitHub Enterprise Server serves them
// (TFLint treats any source host but github.com as GHES), then lints with it.
// The assets are built here in the layout .goreleaser.yml produces; with
// AWSBASELINE_RELEASE_DIST (a goreleaser dist/ directory) and
// AWSBASELINE_RELEASE_KEY (the armored public key that signed it) set, the
// goreleaser output itself is served instead (`make release-dry-run`).
func TestInitInstallsSignedRelease(t *testing.T) {
	t.Parallel()
	skipUnlessCustomCATrusted(t)
	assets, publicKey := releaseUnderTest(t)

	srv := newReleaseServer(t, assets)
	home := t.TempDir()
	plugins := filepath.Join(home, "plugins")
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		".tflint.hcl": installConfig(t, srv.source(), publicKey),
		"main.tf":     dbPasswordFinding,
	})
	env := srv.env(home, plugins)

	stdout, stderr, code := runTFLintEnv(t, dir, env, "--init")
	if code != 0 {
		t.Fatalf("tflint --init exited %d\nstdout:\n%s\nstderr:\n%s\nrequests:\n%s", code, stdout, stderr, srv.log())
	}
	// Nothing else: TFLint prints a warning here when it skips verification.
	wantStdout := fmt.Sprintf("Installing \"awsbaseline\" plugin...\nInstalled \"awsbaseline\" (source: %s, version: %s)\n", srv.source(), project.Version)
	if stdout != wantStdout {
		t.Errorf("tflint --init printed\n%s\nwant\n%s", stdout, wantStdout)
	}

	installed := filepath.Join(plugins, filepath.FromSlash(srv.source()), project.Version, pluginName+exeSuffix())
	got, err := os.ReadFile(installed)
	if err != nil {
		t.Fatalf("the plugin is not where TFLint installs it: %s\nfiles: %v", err, filesUnder(t, plugins))
	}
	if want := binaryInZip(t, assets[releaseAssetName()]); !bytes.Equal(got, want) {
		t.Errorf("%s differs from the binary in %s", installed, releaseAssetName())
	}

	// TFLint reads checksums.txt and its signature first, then the zip; it asks
	// a GHES host for no attestations. The API calls carry GITHUB_TOKEN.
	api := "/api/v3/repos/" + releaseOwner + "/" + releaseRepo
	wantRequests := []string{
		api + "/releases/tags/v" + project.Version,
		api + "/releases/assets/" + srv.assetID("checksums.txt"),
		"/storage/checksums.txt",
		api + "/releases/assets/" + srv.assetID("checksums.txt.sig"),
		"/storage/checksums.txt.sig",
		api + "/releases/assets/" + srv.assetID(releaseAssetName()),
		"/storage/" + releaseAssetName(),
	}
	if got := srv.paths(); strings.Join(got, "\n") != strings.Join(wantRequests, "\n") {
		t.Errorf("requests to the release server:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantRequests, "\n"))
	}
	if unauthenticated := srv.apiRequestsWithout("Bearer " + githubToken); len(unauthenticated) > 0 {
		t.Errorf("API requests without GITHUB_TOKEN: %v", unauthenticated)
	}

	requests := len(srv.paths())
	stdout, stderr, code = runTFLintEnv(t, dir, env, "--init")
	if code != 0 || strings.Contains(stdout, "Installing") || len(srv.paths()) != requests {
		t.Errorf("second tflint --init: exit %d, %d requests; want 0 and no download\nstdout:\n%s\nstderr:\n%s", code, len(srv.paths())-requests, stdout, stderr)
	}

	stdout, stderr, _ = runTFLintEnv(t, dir, env, "--format", "json")
	issues := jsonIssues(t, stdout, stderr)
	if len(issues) != 1 || issues[0].Rule.Name != dbPasswordRule || issues[0].Rule.Link != project.ReferenceLink(dbPasswordRule) ||
		issues[0].Range.Filename != "main.tf" || issues[0].Range.Start.Line != 9 || issues[0].Range.Start.Column != 20 {
		t.Errorf("the installed plugin reported %+v, want one %s issue at main.tf:9:20\nstderr:\n%s", issues, dbPasswordRule, stderr)
	}
}

// TestInitRejectsTamperedRelease serves releases an attacker could have
// altered; `tflint --init` must fail with TFLint's error and install nothing.
func TestInitRejectsTamperedRelease(t *testing.T) {
	t.Parallel()
	skipUnlessCustomCATrusted(t)
	signer, attacker := releaseSigningKeys(t)
	genuine := buildRelease(t, signer)
	evilZip := zipBinary(t, []byte("#!/bin/sh\necho pwned\n"))

	tests := []struct {
		name      string
		tamper    func(assets map[string][]byte)
		wantError string
	}{
		{
			name:      "zip replaced",
			tamper:    func(a map[string][]byte) { a[releaseAssetName()] = evilZip },
			wantError: "Failed to install a plugin; Failed to verify checksums: Failed to match checksums",
		},
		{
			name: "zip and checksums.txt replaced",
			tamper: func(a map[string][]byte) {
				a[releaseAssetName()] = evilZip
				a["checksums.txt"] = checksums(map[string][]byte{releaseAssetName(): evilZip})
			},
			wantError: "Failed to install a plugin; Failed to check checksums.txt signature: openpgp: invalid signature",
		},
		{
			name: "everything re-signed with another key",
			tamper: func(a map[string][]byte) {
				a[releaseAssetName()] = evilZip
				a["checksums.txt"] = checksums(map[string][]byte{releaseAssetName(): evilZip})
				a["checksums.txt.sig"] = detachSign(t, attacker, a["checksums.txt"])
			},
			wantError: "Failed to install a plugin; Failed to check checksums.txt signature: openpgp: signature made by unknown entity",
		},
		{
			name:      "signature missing",
			tamper:    func(a map[string][]byte) { delete(a, "checksums.txt.sig") },
			wantError: "Failed to install a plugin; Failed to download checksums.txt.sig: file not found in the GitHub release",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			assets := map[string][]byte{}
			for name, content := range genuine {
				assets[name] = content
			}
			tc.tamper(assets)
			srv := newReleaseServer(t, assets)
			home := t.TempDir()
			plugins := filepath.Join(home, "plugins")
			dir := t.TempDir()
			writeFiles(t, dir, map[string]string{
				".tflint.hcl": installConfig(t, srv.source(), armoredPublicKey(t, signer)),
				"main.tf":     dbPasswordFinding,
			})

			stdout, stderr, code := runTFLintEnv(t, dir, srv.env(home, plugins), "--init")
			if code != 1 {
				t.Errorf("tflint --init exited %d, want 1", code)
			}
			if !strings.Contains(stderr, tc.wantError) {
				t.Errorf("tflint --init stderr lacks %q:\n%s\nstdout:\n%s", tc.wantError, stderr, stdout)
			}
			if files := filesUnder(t, plugins); len(files) > 0 {
				t.Errorf("tflint --init left files behind: %v", files)
			}
		})
	}
}

// skipUnlessCustomCATrusted skips where Go ignores SSL_CERT_FILE: on macOS and
// Windows it verifies certificates with the platform's own trust store.
func skipUnlessCustomCATrusted(t *testing.T) {
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		t.Skip("tflint on " + runtime.GOOS + " ignores SSL_CERT_FILE, so it cannot trust the test's release server")
	}
}

// releaseUnderTest is the goreleaser output named by AWSBASELINE_RELEASE_DIST
// and AWSBASELINE_RELEASE_KEY, or else assets built and signed here.
func releaseUnderTest(t *testing.T) (assets map[string][]byte, armoredKey string) {
	dist, keyFile := os.Getenv("AWSBASELINE_RELEASE_DIST"), os.Getenv("AWSBASELINE_RELEASE_KEY")
	if dist == "" && keyFile == "" {
		signer, _ := releaseSigningKeys(t)
		return buildRelease(t, signer), armoredPublicKey(t, signer)
	}
	if dist == "" || keyFile == "" {
		t.Fatal("set both AWSBASELINE_RELEASE_DIST and AWSBASELINE_RELEASE_KEY, or neither")
	}
	key, err := os.ReadFile(keyFile)
	if err != nil {
		t.Fatal(err)
	}
	assets = map[string][]byte{}
	for _, pattern := range []string{"*.zip", "checksums.txt", "checksums.txt.sig"} {
		matches, _ := filepath.Glob(filepath.Join(dist, pattern))
		for _, path := range matches {
			content, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			assets[filepath.Base(path)] = content
		}
	}
	for _, name := range []string{releaseAssetName(), "checksums.txt", "checksums.txt.sig"} {
		if assets[name] == nil {
			t.Fatalf("%s has no %s", dist, name)
		}
	}
	t.Logf("serving the goreleaser release in %s", dist)
	return assets, string(key)
}

// buildRelease builds the assets .goreleaser.yml publishes, for this platform
// only: the zip with the bare binary, checksums.txt and its binary detached signature.
func buildRelease(t *testing.T, signer *openpgp.Entity) map[string][]byte {
	binary, err := os.ReadFile(filepath.Join(pluginDir, pluginName))
	if err != nil {
		t.Fatal(err)
	}
	archive := zipBinary(t, binary)
	sums := checksums(map[string][]byte{releaseAssetName(): archive})
	return map[string][]byte{
		releaseAssetName():  archive,
		"checksums.txt":     sums,
		"checksums.txt.sig": detachSign(t, signer, sums),
	}
}

func zipBinary(t *testing.T, binary []byte) []byte {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	header := &zip.FileHeader{Name: pluginName + exeSuffix(), Method: zip.Deflate}
	header.SetMode(0o755)
	f, err := w.CreateHeader(header)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write(binary); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func binaryInZip(t *testing.T, archive []byte) []byte {
	r, err := zip.NewReader(bytes.NewReader(archive), int64(len(archive)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.File {
		if f.Name != pluginName+exeSuffix() {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		var buf bytes.Buffer
		if _, err := buf.ReadFrom(rc); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	t.Fatalf("the zip holds no %s", pluginName+exeSuffix())
	return nil
}

// checksums renders checksums.txt as goreleaser writes it.
func checksums(files map[string][]byte) []byte {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, name := range names {
		sum := sha256.Sum256(files[name])
		fmt.Fprintf(&b, "%s  %s\n", hex.EncodeToString(sum[:]), name)
	}
	return []byte(b.String())
}

var (
	signingKeysOnce sync.Once
	signingKeys     [2]*openpgp.Entity
	signingKeysErr  error
)

// releaseSigningKeys are the release's signing key and an attacker's key. RSA
// key generation takes a second or more, so the tests share the two keys.
func releaseSigningKeys(t *testing.T) (signer, attacker *openpgp.Entity) {
	t.Helper()
	signingKeysOnce.Do(func() {
		var wg sync.WaitGroup
		errs := make([]error, len(signingKeys))
		for i, name := range []string{"awsbaseline release signing", "attacker"} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				signingKeys[i], errs[i] = openpgp.NewEntity(name, "", "release@example.invalid", nil)
			}()
		}
		wg.Wait()
		signingKeysErr = errors.Join(errs...)
	})
	if signingKeysErr != nil {
		t.Fatal(signingKeysErr)
	}
	return signingKeys[0], signingKeys[1]
}

func detachSign(t *testing.T, signer *openpgp.Entity, content []byte) []byte {
	var sig bytes.Buffer
	if err := openpgp.DetachSign(&sig, signer, bytes.NewReader(content), nil); err != nil {
		t.Fatal(err)
	}
	return sig.Bytes()
}

func armoredPublicKey(t *testing.T, entity *openpgp.Entity) string {
	var buf bytes.Buffer
	w, err := armor.Encode(&buf, openpgp.PublicKeyType, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := entity.Serialize(w); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// installConfig is a .tflint.hcl that installs the plugin from source and
// verifies it with the PGP key. `signature = "pgp"` pins the verification
// method on TFLint v0.62+; older TFLint has no such attribute and uses the
// signing_key whenever one is set.
func installConfig(t *testing.T, source, armoredKey string) string {
	signature := ""
	if tflintAtLeast(t, "0.62.0") {
		signature = "  signature   = \"pgp\"\n"
	}
	return fmt.Sprintf(`config {
  disabled_by_default = true
}

plugin "terraform" {
  enabled = false
}

plugin "awsbaseline" {
  enabled     = true
  version     = %q
  source      = %q
%s  signing_key = <<KEY
%s
KEY
}

rule "aws_db_manage_master_password" {
  enabled = true
}
`, project.Version, source, signature, strings.TrimSpace(armoredKey))
}

func exeSuffix() string {
	if runtime.GOOS == "windows" {
		return ".exe"
	}
	return ""
}

// filesUnder lists the regular files under dir (TFLint creates the install
// directory before it verifies anything, so empty directories may remain).
func filesUnder(t *testing.T, dir string) []string {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if os.IsNotExist(err) {
				return nil
			}
			return err
		}
		if !d.IsDir() {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

type jsonIssue struct {
	Rule struct {
		Name     string `json:"name"`
		Severity string `json:"severity"`
		Link     string `json:"link"`
	} `json:"rule"`
	Message string `json:"message"`
	Range   struct {
		Filename string `json:"filename"`
		Start    struct{ Line, Column int }
		End      struct{ Line, Column int }
	} `json:"range"`
}

func jsonIssues(t *testing.T, stdout, stderr string) []jsonIssue {
	t.Helper()
	var out struct {
		Issues []jsonIssue       `json:"issues"`
		Errors []json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatalf("tflint did not print JSON: %s\nstdout:\n%s\nstderr:\n%s", err, stdout, stderr)
	}
	if len(out.Errors) > 0 {
		t.Fatalf("tflint reported errors: %s", out.Errors)
	}
	return out.Issues
}

// releaseServer answers the GitHub Enterprise Server REST calls of
// `tflint --init` for one release on a loopback HTTPS listener whose
// certificate comes from a CA made for the test.
type releaseServer struct {
	srv    *httptest.Server
	caFile string
	assets map[string][]byte
	ids    map[string]int

	mu       sync.Mutex
	requests []*http.Request
}

func newReleaseServer(t *testing.T, assets map[string][]byte) *releaseServer {
	s := &releaseServer{assets: assets, ids: map[string]int{}}
	names := make([]string, 0, len(assets))
	for name := range assets {
		names = append(names, name)
	}
	sort.Strings(names)
	for i, name := range names {
		s.ids[name] = 1000 + i
	}

	caPEM, leaf := newTestCA(t)
	s.caFile = filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(s.caFile, caPEM, 0o644); err != nil {
		t.Fatal(err)
	}
	s.srv = httptest.NewUnstartedServer(http.HandlerFunc(s.serve))
	s.srv.TLS = &tls.Config{Certificates: []tls.Certificate{leaf}}
	s.srv.StartTLS()
	t.Cleanup(s.srv.Close)
	return s
}

// source is the plugin block's source: a host other than github.com makes
// TFLint use the GHES API at https://<host>/api/v3/.
func (s *releaseServer) source() string {
	return s.srv.Listener.Addr().String() + "/" + releaseOwner + "/" + releaseRepo
}

func (s *releaseServer) env(home, plugins string) []string {
	return isolatedEnv(home, "TFLINT_PLUGIN_DIR="+plugins, "SSL_CERT_FILE="+s.caFile, "GITHUB_TOKEN="+githubToken)
}

func (s *releaseServer) assetID(name string) string { return strconv.Itoa(s.ids[name]) }

func (s *releaseServer) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.requests = append(s.requests, r)
	s.mu.Unlock()

	api := "/api/v3/repos/" + releaseOwner + "/" + releaseRepo
	switch {
	case r.Method != http.MethodGet:
		http.Error(w, `{"message":"Not Found"}`, http.StatusNotFound)
	case r.URL.Path == api+"/releases/tags/v"+project.Version:
		s.serveRelease(w)
	case strings.HasPrefix(r.URL.Path, api+"/releases/assets/"):
		s.serveAsset(w, r, strings.TrimPrefix(r.URL.Path, api+"/releases/assets/"))
	case strings.HasPrefix(r.URL.Path, "/storage/"):
		content, ok := s.assets[strings.TrimPrefix(r.URL.Path, "/storage/")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/octet-stream")
		_, _ = w.Write(content)
	default:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		_, _ = w.Write([]byte(`{"message":"Not Found"}`))
	}
}

type releaseAsset struct {
	ID                 int    `json:"id"`
	Name               string `json:"name"`
	Size               int    `json:"size"`
	State              string `json:"state"`
	ContentType        string `json:"content_type"`
	URL                string `json:"url"`
	BrowserDownloadURL string `json:"browser_download_url"`
}

func (s *releaseServer) asset(name string) releaseAsset {
	base := "https://" + s.srv.Listener.Addr().String()
	return releaseAsset{
		ID: s.ids[name], Name: name, Size: len(s.assets[name]), State: "uploaded",
		ContentType:        "application/octet-stream",
		URL:                fmt.Sprintf("%s/api/v3/repos/%s/%s/releases/assets/%d", base, releaseOwner, releaseRepo, s.ids[name]),
		BrowserDownloadURL: fmt.Sprintf("%s/%s/%s/releases/download/v%s/%s", base, releaseOwner, releaseRepo, project.Version, name),
	}
}

func (s *releaseServer) serveRelease(w http.ResponseWriter) {
	release := struct {
		ID      int            `json:"id"`
		TagName string         `json:"tag_name"`
		Name    string         `json:"name"`
		Assets  []releaseAsset `json:"assets"`
	}{ID: 1, TagName: "v" + project.Version, Name: "v" + project.Version}
	for name := range s.assets {
		release.Assets = append(release.Assets, s.asset(name))
	}
	sort.Slice(release.Assets, func(i, j int) bool { return release.Assets[i].ID < release.Assets[j].ID })
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(release)
}

// serveAsset answers like GitHub: the asset's metadata, or with
// Accept: application/octet-stream a redirect to its content.
func (s *releaseServer) serveAsset(w http.ResponseWriter, r *http.Request, id string) {
	for name, assetID := range s.ids {
		if strconv.Itoa(assetID) != id {
			continue
		}
		if r.Header.Get("Accept") != "application/octet-stream" {
			w.Header().Set("Content-Type", "application/json")
			_ = json.NewEncoder(w).Encode(s.asset(name))
			return
		}
		http.Redirect(w, r, "/storage/"+name, http.StatusFound)
		return
	}
	http.NotFound(w, r)
}

func (s *releaseServer) paths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var paths []string
	for _, r := range s.requests {
		paths = append(paths, r.URL.Path)
	}
	return paths
}

func (s *releaseServer) log() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var b strings.Builder
	for _, r := range s.requests {
		fmt.Fprintf(&b, "%s %s (Accept: %s)\n", r.Method, r.URL, r.Header.Get("Accept"))
	}
	return b.String()
}

func (s *releaseServer) apiRequestsWithout(authorization string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var without []string
	for _, r := range s.requests {
		if strings.HasPrefix(r.URL.Path, "/api/") && r.Header.Get("Authorization") != authorization {
			without = append(without, r.URL.Path)
		}
	}
	return without
}

// newTestCA makes a CA and a certificate it issued for the loopback addresses
// (httptest listens on [::1] where 127.0.0.1 is unavailable).
func newTestCA(t *testing.T) (caPEM []byte, leaf tls.Certificate) {
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	caTemplate := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "awsbaseline test CA"},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTemplate, caTemplate, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	ca, err := x509.ParseCertificate(caDER)
	if err != nil {
		t.Fatal(err)
	}

	leafKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	leafTemplate := &x509.Certificate{
		SerialNumber: big.NewInt(2),
		Subject:      pkix.Name{CommonName: "127.0.0.1"},
		NotBefore:    now.Add(-time.Hour),
		NotAfter:     now.Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback},
	}
	leafDER, err := x509.CreateCertificate(rand.Reader, leafTemplate, ca, &leafKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER}),
		tls.Certificate{Certificate: [][]byte{leafDER}, PrivateKey: leafKey}
}
