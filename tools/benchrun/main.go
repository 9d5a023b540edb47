// Command benchrun measures what the plugin adds to a TFLint run. For each
// generated configuration (split files, one big file, and a repository of
// roots checked with --recursive) it runs the real tflint alternately without
// the plugin (the floor: this plugin and the bundled terraform plugin
// disabled) and with every awsbaseline rule enabled, both with JSON output,
// and prints the median wall and CPU times, their ratios, and the peak
// resident memory of tflint and of the plugin. It then times one run with
// TFLint's default output format, whose printing of each finding costs far
// more than the plugin on large files.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

func main() {
	sizes := flag.String("sizes", "1000,10000,50000", "resource counts to generate")
	runs := flag.Int("runs", 5, "runs of each variant (alternating)")
	tflint := flag.String("tflint", "bin/tflint", "tflint binary")
	pluginDir := flag.String("plugin-dir", "bin/plugins", "directory holding the built plugin; several, comma-separated, are measured in turn against the same floor (e.g. a baseline build, then the current one)")
	workDir := flag.String("dir", "testdata/bench", "where configurations are generated")
	oneFile := flag.Bool("one-file", true, "also measure the one-big-file variant")
	roots := flag.Int("roots", 100, "root directories of the --recursive variant; 0 leaves it out")
	defaultFormat := flag.Duration("default-format", 2*time.Minute, "also time one plugin run with the default output format, stopped after this long (0: not measured)")
	flag.Parse()

	tfl, err := filepath.Abs(*tflint)
	if err != nil {
		log.Fatal(err)
	}
	var pluginDirs []string
	for _, d := range strings.Split(*pluginDir, ",") {
		abs, err := filepath.Abs(d)
		if err != nil {
			log.Fatal(err)
		}
		pluginDirs = append(pluginDirs, abs)
	}
	fmt.Printf("%-22s %10s %10s %7s %10s %10s %7s %12s %12s %9s %12s\n", "config", "floor s", "plugin s", "ratio", "floor cpu", "plugin cpu", "ratio", "tflint MiB", "plugin MiB", "findings", "default fmt s")
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			log.Fatal(err)
		}
		variants := []layout{{suffix: "", perFile: 500}}
		if *oneFile {
			variants = append(variants, layout{suffix: "-onefile", perFile: 0})
		}
		if *roots > 0 {
			variants = append(variants, layout{suffix: "-recursive", perFile: 500, roots: *roots})
		}
		for _, v := range variants {
			name := fmt.Sprintf("%dk%s", n/1000, v.suffix)
			dir := filepath.Join(*workDir, name)
			gen := exec.Command("go", "run", "./tools/benchgen", "-out", dir, "-resources", strconv.Itoa(n),
				"-per-file", strconv.Itoa(v.perFile), "-roots", strconv.Itoa(v.roots))
			gen.Stderr = os.Stderr
			if err := gen.Run(); err != nil {
				log.Fatal(err)
			}
			lint := func(plugins, config, format string) measurement {
				return run(tfl, plugins, dir, config, format, v.roots > 0, 0)
			}
			var floor, floorCPU []float64
			plugin, pluginCPU := make([][]float64, len(pluginDirs)), make([][]float64, len(pluginDirs))
			tflintMem, pluginMem, findings := make([]int, len(pluginDirs)), make([]int, len(pluginDirs)), make([]int, len(pluginDirs))
			for i := 0; i < *runs; i++ {
				f := lint(pluginDirs[0], ".tflint.floor.hcl", "json")
				floor, floorCPU = append(floor, f.seconds), append(floorCPU, f.cpu)
				for j, plugins := range pluginDirs {
					p := lint(plugins, ".tflint.hcl", "json")
					plugin[j], pluginCPU[j] = append(plugin[j], p.seconds), append(pluginCPU[j], p.cpu)
					tflintMem[j], pluginMem[j] = max(tflintMem[j], p.tflintKiB), max(pluginMem[j], p.pluginKiB)
					findings[j] = p.findings
				}
			}
			mf, cf := median(floor), median(floorCPU)
			for j, plugins := range pluginDirs {
				label := name
				if len(pluginDirs) > 1 {
					label += " @" + filepath.Base(plugins)
				}
				// The default format's cost is TFLint's; one run of the
				// last build is enough to show it.
				printing := "-"
				if *defaultFormat > 0 && j == len(pluginDirs)-1 {
					m := run(tfl, plugins, dir, ".tflint.hcl", "default", v.roots > 0, *defaultFormat)
					printing = fmt.Sprintf("%.3f", m.seconds)
					if m.timedOut {
						printing = fmt.Sprintf(">%.0f", defaultFormat.Seconds())
					}
				}
				mp, cp := median(plugin[j]), median(pluginCPU[j])
				fmt.Printf("%-22s %10.3f %10.3f %7.3f %10.3f %10.3f %7.3f %12.1f %12.1f %9d %12s\n", label, mf, mp, mp/mf, cf, cp, cp/cf,
					float64(tflintMem[j])/1024, float64(pluginMem[j])/1024, findings[j], printing)
			}
		}
	}
}

// layout is how a configuration is generated: resources per file (0: one
// big file) and, for a --recursive run, the number of root directories.
type layout struct {
	suffix         string
	perFile, roots int
}

// measurement is one tflint run: wall time, CPU time of tflint and the
// processes it waited for (plugins, and the workers of a --recursive run),
// peak memory (VmHWM, KiB) of the largest tflint process and of the largest
// plugin process, and the number of findings of a JSON run. CPU time is the
// steadier figure on a busy machine.
type measurement struct {
	seconds, cpu         float64
	tflintKiB, pluginKiB int
	findings             int
	timedOut             bool
}

// run runs tflint once; a timeout above zero interrupts it, as Ctrl-C would,
// so that it stops its plugins.
func run(tflint, pluginDir, dir, config, format string, recursive bool, timeout time.Duration) (m measurement) {
	// Workers of a recursive run check each directory from inside it, so
	// they are given the configuration by absolute path.
	abs, err := filepath.Abs(dir)
	if err != nil {
		log.Fatal(err)
	}
	args := []string{"--config", filepath.Join(abs, config), "--format", format}
	if recursive {
		args = append(args, "--recursive")
	}
	ctx, cancel := context.Background(), context.CancelFunc(func() {})
	if timeout > 0 {
		ctx, cancel = context.WithTimeout(ctx, timeout)
	}
	defer cancel()
	cmd := exec.CommandContext(ctx, tflint, args...)
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = 10 * time.Second
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "TFLINT_PLUGIN_DIR="+pluginDir)
	var out bytes.Buffer
	cmd.Stdout = &out
	start := time.Now()
	if err := cmd.Start(); err != nil {
		log.Fatal(err)
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tflintName := filepath.Base(tflint)
		for {
			for _, pid := range descendants(cmd.Process.Pid) {
				if processName(pid) == tflintName {
					m.tflintKiB = max(m.tflintKiB, peakKiB(pid))
				} else {
					m.pluginKiB = max(m.pluginKiB, peakKiB(pid))
				}
			}
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	err = cmd.Wait()
	m.seconds = time.Since(start).Seconds()
	m.cpu = (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds()
	close(done)
	wg.Wait()
	if ctx.Err() != nil {
		m.timedOut = true
		return m
	}
	if exit, ok := err.(*exec.ExitError); err != nil && (!ok || exit.ExitCode() > 2) {
		log.Fatalf("tflint failed in %s: %v", dir, err)
	}
	if format == "json" {
		var result struct{ Issues []json.RawMessage }
		if err := json.Unmarshal(out.Bytes(), &result); err != nil {
			log.Fatalf("tflint output in %s: %v", dir, err)
		}
		m.findings = len(result.Issues)
	}
	return m
}

// descendants returns pid and every process under it.
func descendants(pid int) []int {
	out := []int{pid}
	for i := 0; i < len(out); i++ {
		out = append(out, children(out[i])...)
	}
	return out
}

func processName(pid int) string {
	comm, _ := os.ReadFile(fmt.Sprintf("/proc/%d/comm", pid))
	return strings.TrimSpace(string(comm))
}

func peakKiB(pid int) int {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kib, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			return kib
		}
	}
	return 0
}

// children lists the children of every thread of pid: a Go program starts
// processes from whichever thread runs the goroutine.
func children(pid int) []int {
	tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/children", pid))
	var out []int
	for _, task := range tasks {
		src, err := os.ReadFile(task)
		if err != nil {
			continue
		}
		for _, f := range strings.Fields(string(src)) {
			if n, err := strconv.Atoi(f); err == nil {
				out = append(out, n)
			}
		}
	}
	return out
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
