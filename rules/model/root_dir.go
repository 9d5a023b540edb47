package model

import (
	"bytes"
	"sync"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/repository"
)

// isConfigurationRoot reports whether a module, checked as TFLint's root, is
// a deployable configuration: it configures an aws provider or declares a
// backend, expects no provider configurations from a caller, no other
// directory of its repository calls it, and it is no example or test
// (repository.IsSample) unless it keeps remote state: a directory named test
// with an S3 backend is somebody's deployment.
func isConfigurationRoot(m *Module, repo *repository.Repository) bool {
	if !m.configuresProvider() && !m.HasBackend || m.ExpectsProviders {
		return false
	}
	sample := repo != nil && repo.IsSample(m.absDir) && !m.HasRemoteState
	return !calledInRepository(repo, m.absDir) && !sample
}

// rootDirKey names a directory as seen from one repository.
type rootDirKey struct {
	repo   *repository.Repository
	absDir string
}

// rootDirs caches IsConfigurationRootDir for the process: the election of
// repository-wide rules and the stacks' first roots ask about the same
// directories, and each answer costs a parse of the directory.
var rootDirs sync.Map

// IsConfigurationRootDir tells from disk whether TFLint would find a
// configuration root in a directory of repo (nil: no repository):
// repository-wide rules elect one root among a repository's directories, and
// every worker of a recursive run must reach the same choice.
func IsConfigurationRootDir(repo *repository.Repository, absDir string) bool {
	key := rootDirKey{repo, absDir}
	if is, ok := rootDirs.Load(key); ok {
		return is.(bool)
	}
	is := isConfigurationRootDir(repo, absDir)
	rootDirs.Store(key, is)
	return is
}

// isConfigurationRootDir asks the repository first, whose walk a worker has
// already paid for: a called directory (a shared module) is no root, and
// then its files need not be parsed.
func isConfigurationRootDir(repo *repository.Repository, absDir string) bool {
	if calledInRepository(repo, absDir) {
		return false
	}
	files, schema := readModuleFiles(absDir, absDir, defaultSchema, mayDecideRoot)
	if len(files) == 0 {
		return false
	}
	mod := newModule(&Config{}, absDir, absDir, nil)
	mod.resourceSchema = schema
	mod.load(files)
	for _, call := range mod.Calls {
		call.evalSource()
	}
	return isConfigurationRoot(mod, repo)
}

// rootDeciders are the top-level blocks that decide whether a directory is
// a root: provider configurations, the terraform block (backend, expected
// provider aliases), and the module calls with the locals and variables a
// call's source could read.
var rootDeciders = [][]byte{[]byte("terraform"), []byte("provider"), []byte("module"), []byte("locals"), []byte("variable")}

// mayDecideRoot reports whether native syntax may hold a block of
// rootDeciders. A block header starts its line, so a file none of whose
// lines starts with one of those words, as a word and not as an argument's
// name, holds none; a file with a block comment, which may come before a
// header on its line, may.
func mayDecideRoot(src []byte) bool {
	if bytes.Contains(src, []byte("/*")) {
		return true
	}
	for line := range bytes.Lines(src) {
		line = bytes.TrimLeft(line, " \t\r\ufeff")
		for _, word := range rootDeciders {
			if bytes.HasPrefix(line, word) && startsHeader(line[len(word):]) {
				return true
			}
		}
	}
	return false
}

// startsHeader reports whether what follows a word at the start of a line
// may continue a block header: not a longer name (`module_name`) nor an
// argument (`provider = aws.west` in a resource).
func startsHeader(rest []byte) bool {
	if len(rest) > 0 && continuesIdent(rest[0]) {
		return false
	}
	rest = bytes.TrimLeft(rest, " \t")
	return len(rest) == 0 || rest[0] != '='
}

// continuesIdent reports whether c continues an ASCII identifier: then the
// word is a longer name (`module_name`, `variables`), no block header.
func continuesIdent(c byte) bool {
	return c == '_' || c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
