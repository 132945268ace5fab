package console

import (
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/nodecompat/util"
)

// Column titles of console.table.
const (
	indexKey  = "(index)"
	iterKey   = "(iteration index)"
	keyKey    = "Key"
	valuesKey = "Values"
)

// table is console.table(data[, properties]): a box-drawn table with an
// index column, one column per property and a Values column for primitive
// rows; anything that is not an object is simply logged.
func (c *instance) table(call goja.FunctionCall) goja.Value {
	data := call.Argument(0)
	var props []string
	hasProps := false
	if p := call.Argument(1); !goja.IsUndefined(p) {
		po, ok := p.(*goja.Object)
		if !ok || po.ClassName() != "Array" {
			panic(nodeerr.InvalidArgType(c.vm, "properties", "an instance of Array", p))
		}
		hasProps = true
		for i := int64(0); i < toInt(po.Get("length")); i++ {
			props = append(props, po.Get(strconv.FormatInt(i, 10)).String())
		}
	}
	obj, ok := data.(*goja.Object)
	if !ok {
		c.print(c.out, []goja.Value{data})
		return goja.Undefined()
	}
	var head []string
	var columns [][]string
	switch {
	case util.IsMap(c.vm, obj):
		var keys, values []string
		c.forOf(obj, func(entry goja.Value) {
			e := entry.ToObject(c.vm)
			keys = append(keys, c.cell(e.Get("0")))
			values = append(values, c.cell(e.Get("1")))
		})
		head = []string{iterKey, keyKey, valuesKey}
		columns = [][]string{c.indexColumn(len(keys)), keys, values}
	case util.IsSet(c.vm, obj):
		var values []string
		c.forOf(obj, func(v goja.Value) { values = append(values, c.cell(v)) })
		head = []string{iterKey, valuesKey}
		columns = [][]string{c.indexColumn(len(values)), values}
	default:
		head, columns = c.rowsTable(obj, props, hasProps)
	}
	c.writeLine(c.out, renderTable(head, columns))
	return goja.Undefined()
}

// forOf iterates an iterable.
func (c *instance) forOf(o *goja.Object, step func(goja.Value)) {
	c.vm.ForOf(o, func(v goja.Value) bool {
		step(v)
		return true
	})
}

// rowsTable lays out an object or array: one row per own enumerable key,
// columns from the rows' keys (or properties), Values for primitive rows.
func (c *instance) rowsTable(data *goja.Object, props []string, hasProps bool) ([]string, [][]string) {
	indexKeys := data.Keys()
	var colNames []string
	cols := map[string]map[int]string{}
	values := map[int]string{}
	hasPrimitives := false
	for i, k := range indexKeys {
		item := data.Get(k)
		itemObj, isObj := item.(*goja.Object)
		if !hasProps && !isObj {
			hasPrimitives = true
			values[i] = c.cell(item)
			continue
		}
		keys := props
		if !hasProps {
			keys = itemObj.Keys()
		}
		for _, key := range keys {
			if _, seen := cols[key]; !seen {
				cols[key] = map[int]string{}
				colNames = append(colNames, key)
			}
			if !isObj || !hasOwn(itemObj, key) {
				cols[key][i] = ""
			} else {
				cols[key][i] = c.cell(itemObj.Get(key))
			}
		}
	}
	n := len(indexKeys)
	head := append([]string{indexKey}, colNames...)
	columns := [][]string{indexKeys}
	for _, name := range colNames {
		columns = append(columns, sparseColumn(cols[name], n))
	}
	if hasPrimitives {
		head = append(head, valuesKey)
		columns = append(columns, sparseColumn(values, n))
	}
	return head, columns
}

// hasOwn is Object.prototype.hasOwnProperty.call(o, key).
func hasOwn(o *goja.Object, key string) bool {
	for _, k := range o.GetOwnPropertyNames() {
		if k == key {
			return true
		}
	}
	return false
}

// sparseColumn turns row → cell into a column of n cells, "" where missing.
func sparseColumn(cells map[int]string, n int) []string {
	col := make([]string, n)
	for i, s := range cells {
		col[i] = s
	}
	return col
}

// indexColumn is 0..n-1, inspected.
func (c *instance) indexColumn(n int) []string {
	col := make([]string, n)
	for i := range col {
		col[i] = strconv.Itoa(i)
	}
	return col
}

// cell inspects one table value: shallow, at most three array items, on one
// line; objects with more than two keys collapse to [Object].
func (c *instance) cell(v goja.Value) string {
	opts := c.optionsFor(c.out, func(o *util.InspectOptions) {
		o.Depth, o.MaxArrayLength, o.BreakLength = 0, 3, math.Inf(1)
		obj, isObj := v.(*goja.Object)
		_, isFunc := goja.AssertFunction(v)
		if isObj && !isFunc && obj.ClassName() != "Array" && len(obj.Keys()) > 2 {
			o.Depth = -1
		}
	})
	return util.Inspect(c.vm, v, opts)
}

// Box-drawing characters of console.table.
const (
	boxH, boxV                   = "─", "│"
	boxTopLeft, boxTopMid, boxTR = "┌", "┬", "┐"
	boxMidLeft, boxMid, boxMidR  = "├", "┼", "┤"
	boxBotLeft, boxBotMid, boxBR = "└", "┴", "┘"
)

// renderTable draws head and columns (cells left-aligned) as Node 20 does.
func renderTable(head []string, columns [][]string) string {
	widths := make([]int, len(head))
	rows := 0
	for i, h := range head {
		widths[i] = util.StringWidth(h)
		rows = max(rows, len(columns[i]))
	}
	for i, col := range columns {
		for _, cell := range col {
			widths[i] = max(widths[i], util.StringWidth(cell))
		}
	}
	divider := func(left, mid, right string) string {
		parts := make([]string, len(widths))
		for i, w := range widths {
			parts[i] = strings.Repeat(boxH, w+2)
		}
		return left + strings.Join(parts, mid) + right
	}
	row := func(cells []string) string {
		var b strings.Builder
		b.WriteString(boxV + " ")
		for i, cell := range cells {
			if i > 0 {
				b.WriteString(" " + boxV + " ")
			}
			b.WriteString(cell + strings.Repeat(" ", widths[i]-util.StringWidth(cell)))
		}
		b.WriteString(" " + boxV)
		return b.String()
	}
	lines := []string{divider(boxTopLeft, boxTopMid, boxTR), row(head), divider(boxMidLeft, boxMid, boxMidR)}
	for r := 0; r < rows; r++ {
		cells := make([]string, len(head))
		for i, col := range columns {
			if r < len(col) {
				cells[i] = col[r]
			}
		}
		lines = append(lines, row(cells))
	}
	lines = append(lines, divider(boxBotLeft, boxBotMid, boxBR))
	return strings.Join(lines, "\n")
}

// toInt converts a possibly missing length to an integer.
func toInt(v goja.Value) int64 {
	if v == nil {
		return 0
	}
	return v.ToInteger()
}
