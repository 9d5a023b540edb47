package scandocs

import (
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/repository"
)

// search reads files within a boundary directory; symbolic links that lead
// out of it are not followed.
type search struct {
	dirs     []string // the directories searched, the module's first
	boundary string
	read     int
	seen     map[string]bool // real paths already read: links and includes may lead to a file twice
	includes int             // GitLab include entries followed
	docDirs  int             // directories listed in documentation trees
	docFiles int             // Markdown files read from documentation trees
}

// newSearch prepares the search of moduleDir and its parents up to the
// repository root; without a root, of moduleDir alone.
func newSearch(moduleDir, repoRoot string) *search {
	dir, err := repository.Canonical(moduleDir)
	if err != nil {
		return &search{}
	}
	s := &search{dirs: []string{dir}, boundary: dir, seen: map[string]bool{}}
	if repoRoot == "" {
		return s
	}
	if root, err := repository.Canonical(repoRoot); err == nil && repository.Within(dir, root) {
		s.boundary = root
		for d := dir; d != root; {
			d = filepath.Dir(d)
			s.dirs = append(s.dirs, d)
		}
	}
	return s
}

func (s *search) run() string {
	for _, d := range s.dirs {
		if found := s.searchDir(d); found != "" {
			return found
		}
	}
	return ""
}

// settingsFiles are the scanners' own settings files: their presence
// means the scanner is set up for the repository.
var settingsFiles = map[string]bool{
	".checkov.yml": true, ".checkov.yaml": true, ".tfsec": true, ".tfsec.yml": true, ".tfsec.yaml": true,
	"trivy.yaml": true, "trivy.yml": true, ".trivyignore": true, ".trivyignore.yaml": true,
	"kics.config": true, "terrascan.toml": true,
}

func settingsFile(name string) bool {
	return settingsFiles[name] || strings.HasPrefix(name, ".kics")
}

// pipelineFiles are the YAML files of one directory that define CI
// pipelines (Bitbucket, Azure DevOps, CodeBuild, Atlantis) and tasks.
// GitLab's pipeline is read with its includes.
var pipelineFiles = map[string]bool{
	"bitbucket-pipelines.yml": true, "azure-pipelines.yml": true, "azure-pipelines.yaml": true,
	"buildspec.yml": true, "buildspec.yaml": true, "atlantis.yaml": true, "atlantis.yml": true,
	"Taskfile.yml": true, "Taskfile.yaml": true, "taskfile.yml": true,
}

// shellFiles are the files of one directory whose lines run commands:
// Jenkins pipelines and task runners.
var shellFiles = map[string]bool{
	"Jenkinsfile": true, "Makefile": true, "makefile": true, "GNUmakefile": true, "justfile": true, "Justfile": true,
}

// searchDir returns the first file of a directory that documents a scan, or "".
// Its documentation trees come last: the CI files need no share of the
// file budget that a large documentation site could take.
func (s *search) searchDir(dir string) string {
	entries := list(dir)
	for _, e := range entries {
		name := e.Name()
		path := filepath.Join(dir, name)
		if settingsFile(name) {
			if _, ok := s.resolve(path); ok {
				return path
			}
		}
		where := ""
		switch k, isDoc := docKind(name); {
		case isDoc:
			where = s.checked(path, k)
		case name == ".pre-commit-config.yaml" || name == ".pre-commit-config.yml":
			where = s.checked(path, preCommit)
		case name == ".gitlab-ci.yml" || name == ".gitlab-ci.yaml":
			where = s.checkGitLab(path, dir)
		case pipelineFiles[name]:
			where = s.checked(path, pipeline)
		case shellFiles[name]:
			where = s.checked(path, shell)
		case name == ".config":
			where = s.settingsIn(path)
		}
		if where != "" {
			return where
		}
	}
	if found := s.checkDir(filepath.Join(dir, ".github", "workflows"), pipeline, ".yml", ".yaml"); found != "" {
		return found
	}
	if found := s.checked(filepath.Join(dir, ".circleci", "config.yml"), pipeline); found != "" {
		return found
	}
	for _, tree := range docsTrees(dir, entries) {
		if found := s.checkDocsTree(tree); found != "" {
			return found
		}
	}
	return ""
}

// settingsIn looks for scanner settings in a .config directory, where
// some repositories (the aws-ia modules, for one) keep their tools' settings.
func (s *search) settingsIn(dir string) string {
	real, ok := s.resolve(dir)
	if !ok {
		return ""
	}
	for _, e := range list(real) {
		if settingsFile(e.Name()) {
			if path, ok := s.resolve(filepath.Join(real, e.Name())); ok {
				return path
			}
		}
	}
	return ""
}

// docKind returns how a README or CONTRIBUTING file (any case) is read.
func docKind(name string) (kind, bool) {
	lower := strings.ToLower(name)
	ext := filepath.Ext(lower)
	if base := strings.TrimSuffix(lower, ext); base != "readme" && base != "contributing" {
		return 0, false
	}
	switch ext {
	case "", ".txt":
		return plain, true
	case ".md", ".markdown":
		return markdown, true
	case ".rst":
		return rst, true
	}
	return 0, false
}

// resolve follows symbolic links and returns the real path when it stays within the boundary.
func (s *search) resolve(path string) (string, bool) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", false
	}
	if !repository.Within(real, s.boundary) {
		return "", false
	}
	return real, true
}

// list lists up to maxEntries entries of a directory; nil when it cannot be read.
func list(dir string) []os.DirEntry {
	f, err := os.Open(dir)
	if err != nil {
		return nil
	}
	defer f.Close()
	entries, _ := f.ReadDir(maxEntries)
	return entries
}

// checkDir returns the first file of a directory with one of the extensions
// (any case) that documents a scan, or "".
func (s *search) checkDir(dir string, k kind, exts ...string) string {
	real, ok := s.resolve(dir)
	if !ok {
		return ""
	}
	for _, e := range list(real) {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		for _, want := range exts {
			if ext == want {
				if where := s.checked(filepath.Join(real, e.Name()), k); where != "" {
					return where
				}
			}
		}
	}
	return ""
}

// checked returns path when the file documents a scan, else "".
func (s *search) checked(path string, k kind) string {
	if text, ok := s.readFile(path); ok && documents(k, text) {
		return path
	}
	return ""
}

// readFile reads a regular file within the boundary, once per search and up
// to the size and count limits. Unreadable files count as absent.
func (s *search) readFile(path string) (string, bool) {
	if s.read >= maxFiles {
		return "", false
	}
	real, ok := s.resolve(path)
	if !ok || s.seen[real] {
		return "", false
	}
	s.seen[real] = true
	info, err := os.Stat(real)
	if err != nil || !info.Mode().IsRegular() {
		return "", false
	}
	s.read++
	f, err := os.Open(real)
	if err != nil {
		return "", false
	}
	defer f.Close()
	src, err := io.ReadAll(io.LimitReader(f, maxFileSize))
	if err != nil {
		return "", false
	}
	return string(src), true
}
