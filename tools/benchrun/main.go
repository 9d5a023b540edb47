// Command benchrun measures what the plugin adds to a TFLint run. For each
// generated configuration it runs the real tflint alternately without the
// plugin (the floor: this plugin and the bundled terraform plugin disabled)
// and with every awsbaseline rule enabled, and prints the median wall times,
// their ratio, and the peak resident memory of tflint and of the plugin.
package main

import (
	"bufio"
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
	pluginDir := flag.String("plugin-dir", "bin/plugins", "directory holding the built plugin")
	workDir := flag.String("dir", "testdata/bench", "where configurations are generated")
	oneFile := flag.Bool("one-file", true, "also measure the one-big-file variant")
	flag.Parse()

	tfl, err := filepath.Abs(*tflint)
	if err != nil {
		log.Fatal(err)
	}
	plugins, err := filepath.Abs(*pluginDir)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%-14s %10s %10s %7s %10s %10s %7s %12s %12s\n", "config", "floor s", "plugin s", "ratio", "floor cpu", "plugin cpu", "ratio", "tflint MiB", "plugin MiB")
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			log.Fatal(err)
		}
		variants := []int{500}
		if *oneFile {
			variants = append(variants, 0)
		}
		for _, perFile := range variants {
			name := fmt.Sprintf("%dk", n/1000)
			if perFile == 0 {
				name += "-onefile"
			}
			dir := filepath.Join(*workDir, name)
			gen := exec.Command("go", "run", "./tools/benchgen", "-out", dir, "-resources", strconv.Itoa(n), "-per-file", strconv.Itoa(perFile))
			gen.Stderr = os.Stderr
			if err := gen.Run(); err != nil {
				log.Fatal(err)
			}
			var floor, plugin, floorCPU, pluginCPU []float64
			var tflintMem, pluginMem int
			for i := 0; i < *runs; i++ {
				f := run(tfl, plugins, dir, ".tflint.floor.hcl")
				p := run(tfl, plugins, dir, ".tflint.hcl")
				floor, plugin = append(floor, f.seconds), append(plugin, p.seconds)
				floorCPU, pluginCPU = append(floorCPU, f.cpu), append(pluginCPU, p.cpu)
				tflintMem, pluginMem = max(tflintMem, p.tflintKiB), max(pluginMem, p.pluginKiB)
			}
			mf, mp := median(floor), median(plugin)
			cf, cp := median(floorCPU), median(pluginCPU)
			fmt.Printf("%-14s %10.3f %10.3f %7.3f %10.3f %10.3f %7.3f %12.1f %12.1f\n", name, mf, mp, mp/mf, cf, cp, cp/cf, float64(tflintMem)/1024, float64(pluginMem)/1024)
		}
	}
}

// measurement is one tflint run: wall time, CPU time of tflint and the
// plugins it waited for, and peak memory (VmHWM, KiB) of tflint and of its
// plugin processes. CPU time is the steadier figure on a busy machine.
type measurement struct {
	seconds, cpu         float64
	tflintKiB, pluginKiB int
}

func run(tflint, pluginDir, dir, config string) (m measurement) {
	cmd := exec.Command(tflint, "--config", config, "--format", "json")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "TFLINT_PLUGIN_DIR="+pluginDir)
	start := time.Now()
	if err := cmd.Start(); err != nil {
		log.Fatal(err)
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		pid := cmd.Process.Pid
		for {
			m.tflintKiB = max(m.tflintKiB, peakKiB(pid))
			for _, child := range children(pid) {
				m.pluginKiB = max(m.pluginKiB, peakKiB(child))
			}
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	err := cmd.Wait()
	m.seconds = time.Since(start).Seconds()
	m.cpu = (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds()
	close(done)
	wg.Wait()
	if exit, ok := err.(*exec.ExitError); err != nil && (!ok || exit.ExitCode() > 2) {
		log.Fatalf("tflint failed in %s: %v", dir, err)
	}
	return m
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

func children(pid int) []int {
	src, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/children", pid, pid))
	if err != nil {
		return nil
	}
	var out []int
	for _, f := range strings.Fields(string(src)) {
		if n, err := strconv.Atoi(f); err == nil {
			out = append(out, n)
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
