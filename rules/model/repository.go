package model

import "github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/repository"

// Repository is the repository around the module under check: the tree
// under the nearest directory holding .git, else under the directory TFLint
// started in when it holds the module (an unpacked archive); nil when there
// is neither. Every worker of `tflint --recursive` reads the same tree from
// disk, so that all of them agree on which directories are roots.
func (c *Config) Repository() *repository.Repository {
	return repositoryAround.of(&c.memo, c, func() *repository.Repository {
		return repository.Around(c.Module.absDir, c.Settings.Start)
	})
}

var repositoryAround = &analysis[*repository.Repository]{name: "repository"}

// calledInRepository reports whether a local module call in another directory
// of repo uses dir as its source.
func calledInRepository(repo *repository.Repository, dir string) bool {
	return repo != nil && repo.IsCalled(dir)
}
