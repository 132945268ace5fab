package assert

import "strings"

// differ renders Node's line diff of two inspected values: "+" lines only
// in actual, "-" lines only in expected, a little identical context, runs
// of identical lines cut to "...".
type differ struct {
	actual, expected []string

	res     strings.Builder // lines written so far
	pending string          // "-" lines held back so +/- runs stay grouped
	printed int             // lines written, to cap the output
	same    int             // identical lines seen since the last difference
	skipped bool            // some lines were left out
}

// message returns the whole message: headline, legend, diff; shown is the
// full actual inspection, used when nothing differs textually.
func (d *differ) message(headline, shown, indicator string) string {
	end, hidden := d.trimCommonTail()
	if len(d.actual) == 0 && len(d.expected) == 0 {
		lines := collapse(strings.Split(shown, "\n"))
		return headlines["notIdentical"] + "\n\n" + strings.Join(lines, "\n") + "\n"
	}
	if hidden != "" {
		end = "\n  " + hidden + end
	}
	legend := headline + "\n+ actual - expected"
	const skippedNote = " ... Lines skipped"

	longer, sign, shorter := d.actual, "+", len(d.expected)
	if len(d.expected) > len(d.actual) {
		longer, sign, shorter = d.expected, "-", len(d.actual)
	}
	for i := range longer {
		if i >= shorter {
			d.flushContext(longer, i)
			if sign == "+" {
				d.write("+ " + longer[i])
			} else {
				d.pending += "\n- " + longer[i]
				d.printed++
			}
		} else {
			d.compareLine(longer, i)
		}
		if d.printed > 50 && i < len(longer)-2 {
			return legend + skippedNote + "\n" + d.res.String() + "\n..." + d.pending + "\n..."
		}
	}
	if d.skipped {
		legend += skippedNote
	}
	return legend + "\n" + d.res.String() + d.pending + end + indicator
}

// trimCommonTail drops the identical lines both values end with. Up to
// three are kept to show after the diff; past five, "..." marks the cut.
// hidden is the earliest dropped line beyond the three, shown above them.
func (d *differ) trimCommonTail() (end, hidden string) {
	n := 0
	for len(d.actual) > 0 && len(d.expected) > 0 && d.actual[len(d.actual)-1] == d.expected[len(d.expected)-1] {
		line := d.actual[len(d.actual)-1]
		if n < 3 {
			end = "\n  " + line + end
		} else {
			hidden = line
		}
		n++
		d.actual, d.expected = d.actual[:len(d.actual)-1], d.expected[:len(d.expected)-1]
	}
	if n >= 5 {
		end = "\n..." + end
		d.skipped = true
	}
	return end, hidden
}

// compareLine handles line i, present on both sides. A line that differs
// only by a trailing comma counts as identical.
func (d *differ) compareLine(lines []string, i int) {
	a, e := d.actual[i], d.expected[i]
	differs := a != e && !(strings.HasSuffix(a, ",") && a[:len(a)-1] == e)
	if differs && strings.HasSuffix(e, ",") && e[:len(e)-1] == a {
		differs, a = false, a+","
	}
	if differs {
		d.flushContext(lines, i)
		d.write("+ " + a)
		d.pending += "\n- " + e
		d.printed++
		return
	}
	d.res.WriteString(d.pending)
	d.pending = ""
	d.same++
	if d.same <= 2 {
		d.write("  " + a)
	}
}

// flushContext writes the identical lines before a difference at i: after
// the two already shown, up to three more, the earliest replaced by
// "..." when more than five were identical. It resets the count.
func (d *differ) flushContext(lines []string, i int) {
	if d.same > 2 {
		if d.same > 3 {
			if d.same > 4 {
				if d.same == 5 {
					d.write("  " + lines[i-3])
				} else {
					d.res.WriteString("\n...")
					d.skipped = true
				}
			}
			d.write("  " + lines[i-2])
		}
		d.write("  " + lines[i-1])
	}
	d.same = 0
}

// write appends one line of output.
func (d *differ) write(line string) {
	d.res.WriteString("\n" + line)
	d.printed++
}
