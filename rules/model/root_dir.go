package model

// isConfigurationRoot reports whether a module, checked as TFLint's root, is
// a deployable configuration: it configures an aws provider or declares a
// backend, expects no provider configurations from a caller, and no other
// directory of its repository calls it.
func isConfigurationRoot(m *Module) bool {
	return (m.configuresProvider() || m.HasBackend) && !m.ExpectsProviders && !calledInRepository(m.absDir)
}

// IsConfigurationRootDir tells from disk whether TFLint would find a
// configuration root in a directory: repository-wide rules elect one root
// among a repository's directories, and every worker of a recursive run must
// reach the same choice.
func IsConfigurationRootDir(absDir string) bool {
	files, schema := readModuleFiles(absDir, absDir, defaultSchema)
	if len(files) == 0 {
		return false
	}
	mod := newModule(&Config{}, absDir, absDir, nil)
	mod.resourceSchema = schema
	mod.load(files)
	for _, call := range mod.Calls {
		if src := call.Body.Attr("source"); src != nil {
			call.Source, _ = mod.EvalString(src.Expr, nil)
		}
	}
	return isConfigurationRoot(mod)
}
