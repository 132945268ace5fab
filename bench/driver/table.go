package main

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// table renders the results as Markdown: one row per workload and figure,
// a "median (min–max)" cell per engine, and each engine's median ratio to
// node's; then the notes (cipher, key exchange) and the failed runs.
func (r results) table(workloads, engines []string) string {
	var b strings.Builder
	withNode := slices.Contains(engines, engineNode)
	head := []string{"workload", "figure"}
	for _, e := range engines {
		head = append(head, e)
		if withNode && e != engineNode {
			head = append(head, e+"/node")
		}
	}
	writeRow(&b, head)
	sep := make([]string, len(head))
	for i := range sep {
		sep[i] = "---"
	}
	writeRow(&b, sep)
	for _, w := range workloads {
		for _, fig := range r.figureNames(w) {
			arrow := " ↑"
			if lowerIsBetter(fig) {
				arrow = " ↓"
			}
			row := []string{w, fig + arrow}
			node := r.stat(w, engineNode, fig)
			for _, e := range engines {
				s := r.stat(w, e, fig)
				row = append(row, cell(s, r.hasEngine(w, e)))
				if withNode && e != engineNode {
					row = append(row, formatRatio(ratio(s, node)))
				}
			}
			writeRow(&b, row)
		}
	}
	b.WriteString(r.footnotes(workloads, engines))
	return b.String()
}

// hasEngine reports whether the engine ran the workload at all (an engine
// without a W3C twin did not).
func (r results) hasEngine(workload, engine string) bool {
	return r[workload][engine] != nil
}

// footnotes lists the string notes per workload and engine and the failures.
func (r results) footnotes(workloads, engines []string) string {
	var notes, fails []string
	for _, w := range workloads {
		for _, e := range engines {
			er := r[w][e]
			if er == nil {
				continue
			}
			if len(er.notes) > 0 {
				keys := make([]string, 0, len(er.notes))
				for k := range er.notes {
					keys = append(keys, k)
				}
				slices.Sort(keys)
				parts := make([]string, len(keys))
				for i, k := range keys {
					parts[i] = k + " " + strings.Join(er.notes[k], " / ")
				}
				notes = append(notes, fmt.Sprintf("- %s, %s: %s", w, e, strings.Join(parts, ", ")))
			}
			if er.failed > 0 {
				fails = append(fails, fmt.Sprintf("- %s, %s: %d of %d runs failed (%s)", w, e, er.failed, er.runs, er.errs[0]))
			}
		}
	}
	var b strings.Builder
	if len(notes) > 0 {
		b.WriteString("\nNegotiated:\n" + strings.Join(notes, "\n") + "\n")
	}
	if len(fails) > 0 {
		b.WriteString("\nFailed runs:\n" + strings.Join(fails, "\n") + "\n")
	}
	return b.String()
}

// writeRow writes one Markdown table row.
func writeRow(b *strings.Builder, cells []string) {
	b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
}

// cell formats a summary as "median (min–max)"; "n/a" when no run
// succeeded, "" when the engine has no such workload.
func cell(s summary, ran bool) string {
	switch {
	case !ran:
		return ""
	case s.n == 0:
		return "n/a"
	case s.min == s.max:
		return formatNumber(s.median)
	}
	return fmt.Sprintf("%s (%s–%s)", formatNumber(s.median), formatNumber(s.min), formatNumber(s.max))
}

// formatRatio prints a ratio with two decimals, or "–" when undefined.
func formatRatio(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	return strconv.FormatFloat(x, 'f', 2, 64)
}

// formatNumber prints x with about three significant digits, grouping the
// thousands of large numbers (56,300; 18.4; 0.53).
func formatNumber(x float64) string {
	switch a := math.Abs(x); {
	case a >= 100:
		return groupThousands(int64(math.Round(x)))
	case a >= 10:
		return strconv.FormatFloat(x, 'f', 1, 64)
	case a == 0:
		return "0"
	}
	return strconv.FormatFloat(x, 'f', 2, 64)
}

// groupThousands writes n with commas between groups of three digits.
func groupThousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
