package queries_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"

	"github.com/relgraph/relgraph/queries"
)

// FuzzGizmoLimits checks CheckGizmo on any source: it never panics, it refuses only with a
// *QueryLimitError, and what it accepts is within the limits: no larger than MaxGizmoBytes,
// no bracket nesting past MaxGizmoDepth, and (the parser's own view) a syntax tree no deeper
// than a small multiple of MaxGizmoDepth, far from the hundreds of thousands of levels that
// overflow the stack.
func FuzzGizmoLimits(f *testing.F) {
	for _, s := range []string{
		`g.V("<entity/anna-berg>").Out("<called>").All()`,
		"[[[[]]]]", "((((1))))", "{{{{}}}}", "!!!!x", "a=>b=>c", "`a${`b${c}`}`",
		"if (a) b; else if (c) d; else e", "x = /[/)]+/g.test('a') ? 1 : 2",
		"1 && 0 || null ?? 2", "a\n(b)\n[c]", "/* [[ */ '((' // {{\n[]",
		"var a = 1 / 2 / 3", "for await (x of /y/) z", "a?.b?.[c]?.(d)",
		strings.Repeat("[", 300), strings.Repeat("!", 300) + "x", strings.Repeat("1&&", 12) + "1",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		err := queries.CheckGizmo(src)
		if err != nil {
			var le *queries.QueryLimitError
			if !errors.As(err, &le) || !errors.Is(err, queries.ErrQueryLimit) {
				t.Fatalf("error %v (%T), want a *QueryLimitError", err, err)
			}
			if le.Line == 0 && len(src) <= queries.MaxGizmoBytes {
				t.Fatalf("a source of %d bytes refused for its size: %v", len(src), err)
			}
			if err2 := queries.CheckGizmo(src); err2 == nil || err2.Error() != err.Error() {
				t.Fatalf("checked twice: %v, then %v", err, err2)
			}
			return
		}
		if len(src) > queries.MaxGizmoBytes {
			t.Fatalf("accepted %d bytes", len(src))
		}
		if !strings.ContainsAny(src, "'\"`/\\") {
			// No string, template, comment or regular expression: every bracket is one.
			if d := bracketDepth(src); d > queries.MaxGizmoDepth {
				t.Fatalf("accepted brackets nested %d deep", d)
			}
		}
		prg, _ := parser.ParseFile(nil, "", src, 0)
		if d := treeDepth(prg); d > 4*queries.MaxGizmoDepth {
			t.Fatalf("accepted a source the parser nests %d deep", d)
		}
	})
}

// bracketDepth returns the deepest nesting of matching brackets in src; a closing bracket
// that does not match the innermost open one is ignored.
func bracketDepth(src string) int {
	var open []byte
	max := 0
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '(', '[', '{':
			open = append(open, c)
			max = maxInt(max, len(open))
		case ')', ']', '}':
			if n := len(open); n > 0 && open[n-1] == map[byte]byte{')': '(', ']': '[', '}': '{'}[c] {
				open = open[:n-1]
			}
		}
	}
	return max
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// treeDepth returns how deep goja's syntax tree nests, counting every node but the links
// of a.b.c member chains, which the parser reads in a loop and CheckGizmo does not count.
// It walks the tree without recursion.
func treeDepth(prg *ast.Program) int {
	if prg == nil {
		return 0
	}
	nodeType := reflect.TypeFor[ast.Node]()
	dot, privateDot := reflect.TypeFor[*ast.DotExpression](), reflect.TypeFor[*ast.PrivateDotExpression]()
	astPkg := reflect.TypeFor[ast.Program]().PkgPath()
	type item struct {
		v reflect.Value
		d int
	}
	seen := map[uintptr]bool{}
	stack := []item{{reflect.ValueOf(prg), 0}}
	max := 0
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		v := it.v
		switch v.Kind() {
		case reflect.Interface:
			if !v.IsNil() {
				stack = append(stack, item{v.Elem(), it.d})
			}
		case reflect.Pointer:
			if v.IsNil() || v.Type().Elem().PkgPath() != astPkg || seen[v.Pointer()] {
				continue
			}
			seen[v.Pointer()] = true
			d := it.d
			if t := v.Type(); t.Implements(nodeType) && t != dot && t != privateDot {
				d++
			}
			max = maxInt(max, d)
			stack = append(stack, item{v.Elem(), d})
		case reflect.Struct:
			if v.Type().PkgPath() != astPkg {
				continue
			}
			for i := 0; i < v.NumField(); i++ {
				stack = append(stack, item{v.Field(i), it.d})
			}
		case reflect.Slice, reflect.Array:
			for i := 0; i < v.Len(); i++ {
				stack = append(stack, item{v.Index(i), it.d})
			}
		}
	}
	return max
}
