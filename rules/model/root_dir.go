package model

import (
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
	files, schema := readModuleFiles(absDir, absDir, defaultSchema)
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
