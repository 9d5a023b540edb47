package model

import "github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/repository"

// calledInRepository reports whether a local module call in another directory
// of the repository holding dir uses dir as its source. Every worker of
// `tflint --recursive` reads the repository from disk to tell, so that all of
// them agree on which directories are modules.
func calledInRepository(dir string) bool {
	repo := repository.Enclosing(dir)
	return repo != nil && repo.IsCalled(dir)
}
