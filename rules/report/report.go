// Package report turns what rules find into TFLint issues, in one place: where
// a finding inside a called module is shown, which checks may show it at all,
// and how findings of one rule at one location, or with one cause reached
// through several module calls, become one issue.
package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/awsbaseline/tflint-ruleset-awsbaseline/rules/model"
)

// Finding is one defect a rule found.
type Finding struct {
	// Subject names what the finding is about ("module.app.aws_instance.web"),
	// for the issue that merges several findings at one location.
	Subject string
	// Message says what is wrong, why it matters and how to fix it.
	Message string
	// Module is the module holding Range and Expr; nil means the module under check.
	Module *model.Module
	// Range is the offending expression's or block's range inside Module.
	Range hcl.Range
	// Expr is the offending value inside Module, when there is one: a finding
	// in a called module is shown at the caller's argument it comes from.
	Expr hcl.Expression
	// Fix edits the files to remove the finding; nil when there is no safe fix.
	Fix func(tflint.Fixer) error
}

// Reporter collects a rule's findings in one module check and emits them.
type Reporter struct {
	runner tflint.Runner
	rule   tflint.Rule
	cfg    *model.Config

	issues issues
	// ignores caches each file's tflint-ignore annotations (annotations.go).
	ignores map[string]*annotations
	// prober is set when the check only probes another root (probe.go).
	prober *prober
}

// New returns a reporter for a rule's check.
func New(runner tflint.Runner, rule tflint.Rule) *Reporter {
	return &Reporter{runner: runner, rule: rule, cfg: model.For(runner), prober: proberOf(runner)}
}

// Report records a finding; it is emitted by Flush.
func (r *Reporter) Report(f Finding) {
	at, c, home := r.place(f)
	if c.dir != "" && r.ignored(at) {
		// TFLint drops issues there; merged, it would take the other calls' along.
		return
	}
	own, isOwn := ownCause{}, false
	if home != "" {
		own, isOwn = ownCauseOf(f, home, c.says)
	}
	if r.prober != nil {
		if isOwn {
			r.prober.found.causes[own] = true
		}
		return
	}
	if isOwn && r.shownElsewhere(own) {
		// An earlier root of the recursive run shows the module's own defect (election.go).
		return
	}
	r.issues.add(f, at, c)
}

// Flush emits one issue per location or cause (issues.go), in the order
// they were first reported. Only the root module's check shows findings: it
// reads the modules it calls itself, so TFLint's module-call checks would
// show them again, or drop them where the range uses no argument the caller
// passed. A directory that another directory of the repository calls is such
// a module too: its callers show what it holds.
func (r *Reporter) Flush() error {
	pending := r.issues.list
	r.issues = issues{}
	if !r.cfg.IsRoot || r.cfg.IsCalledModule || r.prober != nil {
		return nil
	}
	for _, iss := range pending {
		message := merge(iss.findings)
		fix := combinedFix(iss.findings)
		var err error
		if fix != nil {
			err = r.runner.EmitIssueWithFix(r.rule, message, iss.at, fix)
		} else {
			err = r.runner.EmitIssue(r.rule, message, iss.at)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// place is where TFLint will show a finding and what causes it: its own
// range in the module under check; inside a called module, the caller's
// argument that the offending value comes from (that value is the cause),
// else the module block that leads to it, while the cause is the module's
// own code, which every call of that module source shares, when the
// finding says the same through each call. home is the directory of the
// module whose code the defect is in, whatever root calls it (election.go):
// the module the offending value comes from, which may be one that calls the
// finding's module with a literal argument; "" for the module under check.
func (r *Reporter) place(f Finding) (at hcl.Range, c cause, home string) {
	if f.Module == nil || f.Module.Call == nil {
		return f.Range, cause{at: f.Range}, ""
	}
	home = f.Module.AbsDir()
	if f.Expr != nil {
		mod, expr := origin(f.Module, f.Expr)
		if mod.Call == nil {
			return expr.Range(), cause{at: expr.Range()}, ""
		}
		home = mod.AbsDir()
	}
	return f.Module.ReportRange(f.Range), cause{dir: f.Module.AbsDir(), at: f.Range, says: withoutCall(f)}, home
}

// withoutCall is a finding's message without the address of the call that
// leads to its module: the same defect through another call reads the same,
// while a finding whose remedy differs per call (an output for this call)
// does not.
func withoutCall(f Finding) string {
	return strings.ReplaceAll(f.Message, f.Module.AddressPrefix(), "\x00")
}

// origin follows the variables an expression of a called module uses to
// the arguments its callers set, as far as they are set, and returns the
// module the value comes from and its expression there: the module under
// check when the value is a caller's argument.
func origin(mod *model.Module, expr hcl.Expression) (*model.Module, hcl.Expression) {
	for mod.Call != nil {
		arg := passedArgument(mod, expr)
		if arg == nil {
			return mod, expr
		}
		mod, expr = mod.Call.Parent, arg.Expr
	}
	return mod, expr
}

// passedArgument is the first argument of the module's call that sets a
// variable the expression uses.
func passedArgument(mod *model.Module, expr hcl.Expression) *hcl.Attribute {
	for _, tr := range expr.Variables() {
		if tr.RootName() != "var" || len(tr) < 2 {
			continue
		}
		if name, ok := tr[1].(hcl.TraverseAttr); ok {
			if arg := mod.Call.Body.Attr(name.Name); arg != nil {
				return arg
			}
		}
	}
	return nil
}

// maxNamed is how many further subjects a merged issue names.
const maxNamed = 3

// merge is the message of the findings at one location: the first
// subject's messages, then the other subjects they apply to.
func merge(findings []Finding) string {
	first := findings[0].Subject
	var messages, others []string
	for _, f := range findings {
		if f.Subject == first {
			messages = append(messages, f.Message)
		} else if !slices.Contains(others, f.Subject) {
			others = append(others, f.Subject)
		}
	}
	message := strings.Join(messages, " ")
	if len(others) == 0 {
		return message
	}
	return message + " The same applies to " + NamedList(others, maxNamed) + "."
}

// NamedList names the first max of a list and counts the rest, the way
// messages list what a finding covers: "a, b, c and 2 more".
func NamedList(names []string, max int) string {
	named := names
	if len(named) > max {
		named = named[:max]
	}
	list := strings.Join(named, ", ")
	if rest := len(names) - len(named); rest > 0 {
		list += fmt.Sprintf(" and %d more", rest)
	}
	return list
}

// combinedFix applies every finding's fix at one location.
func combinedFix(findings []Finding) func(tflint.Fixer) error {
	var fixes []func(tflint.Fixer) error
	for _, f := range findings {
		if f.Fix != nil {
			fixes = append(fixes, f.Fix)
		}
	}
	if len(fixes) == 0 {
		return nil
	}
	return func(fixer tflint.Fixer) error {
		for _, fix := range fixes {
			if err := fix(fixer); err != nil {
				return err
			}
		}
		return nil
	}
}
