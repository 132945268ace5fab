package main

import (
	"math"
	"slices"
	"strings"
)

// rssFigure is the figure the driver adds to every workload: the process's
// peak resident set size.
const rssFigure = "peak_rss_mb"

// summary is the median, minimum and maximum of a figure's runs.
type summary struct {
	median, min, max float64
	n                int
}

// summarize returns the summary of values; n is 0 when there are none.
func summarize(values []float64) summary {
	if len(values) == 0 {
		return summary{}
	}
	s := slices.Clone(values)
	slices.Sort(s)
	mid := len(s) / 2
	m := s[mid]
	if len(s)%2 == 0 {
		m = (s[mid-1] + s[mid]) / 2
	}
	return summary{median: m, min: s[0], max: s[len(s)-1], n: len(s)}
}

// ratio is a/b, or NaN when b is zero or either side has no runs.
func ratio(a, b summary) float64 {
	if a.n == 0 || b.n == 0 || b.median == 0 {
		return math.NaN()
	}
	return a.median / b.median
}

// lowerIsBetter reports whether a smaller value of the figure is better
// (latencies, durations, memory, losses); every other figure is a rate.
func lowerIsBetter(name string) bool {
	return strings.HasSuffix(name, "_us") || strings.HasSuffix(name, "_mb") ||
		name == "seconds" || name == "lost"
}

// engineRuns gathers one engine's runs of one workload.
type engineRuns struct {
	values map[string][]float64
	order  []string // figure names in the order the workload prints them
	notes  map[string][]string
	runs   int
	failed int
	errs   []string
}

// results gathers every run, by workload and engine.
type results map[string]map[string]*engineRuns

// newResults makes an empty results.
func newResults() results { return results{} }

// add records one run.
func (r results) add(workload, engine string, o outcome) {
	if r[workload] == nil {
		r[workload] = map[string]*engineRuns{}
	}
	er := r[workload][engine]
	if er == nil {
		er = &engineRuns{values: map[string][]float64{}, notes: map[string][]string{}}
		r[workload][engine] = er
	}
	er.runs++
	if o.err != nil {
		er.failed++
		er.errs = append(er.errs, o.err.Error())
		return
	}
	for _, f := range append(o.figures, figure{rssFigure, o.rssMB}) {
		if _, seen := er.values[f.name]; !seen {
			er.order = append(er.order, f.name)
		}
		er.values[f.name] = append(er.values[f.name], f.value)
	}
	for k, v := range o.notes {
		if !slices.Contains(er.notes[k], v) {
			er.notes[k] = append(er.notes[k], v)
		}
	}
}

// stat is the summary of one figure of one engine's runs of a workload.
func (r results) stat(workload, engine, fig string) summary {
	er := r[workload][engine]
	if er == nil {
		return summary{}
	}
	return summarize(er.values[fig])
}

// figureNames lists a workload's figures: in the order the first engine
// (in table order) printed them, then any only other engines printed, with
// the peak RSS last.
func (r results) figureNames(workload string) []string {
	var names []string
	for _, e := range engineNames {
		if er := r[workload][e]; er != nil {
			for _, n := range er.order {
				if n != rssFigure && !slices.Contains(names, n) {
					names = append(names, n)
				}
			}
		}
	}
	return append(names, rssFigure)
}
