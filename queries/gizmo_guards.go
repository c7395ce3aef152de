package queries

import (
	"fmt"
	"regexp"

	"github.com/dop251/goja"
)

// gizmoGuards is JavaScript run in a query's interpreter before the query: it wraps the
// builtins that can allocate or loop without bound inside one call, where no interrupt (a
// timeout, a memory stop) reaches, so that they throw a RangeError past a size instead.
// Growth over many calls is the memory watch's business (GizmoRunner). The originals stay
// in this closure, out of the query's reach.
//
//   - strings: repeat, padStart, padEnd, concat, and replace/replaceAll with a string
//     replacement may make at most maxChars characters;
//   - arrays: every Array.prototype method but push, pop, shift, unshift and at (fill, join,
//     map, indexOf... loop over length, which can be 2^32-1 on an empty array) and the
//     iterator that spreading uses refuse an
//     array (or array-like) longer than maxElems; join and concat count their result too;
//     Array.from, Function.prototype.apply and Reflect.apply/construct their argument;
//   - JSON.stringify and g.Emit count what they write, at most maxChars characters;
//   - a regular expression match that regexp2 gave up on (MaxRegexpMatch) throws, where goja
//     would have answered "no match";
//   - ArrayBuffer, SharedArrayBuffer, DataView and the typed arrays, which a query has no
//     use for and which allocate their whole length at once, are removed.
const gizmoGuards = `(function (global) {
"use strict";
var maxChars = %d, maxElems = %d, maxMatchMs = %d;
var rapply = Reflect.apply, rconstruct = Reflect.construct, define = Object.defineProperty;
var stringify = JSON.stringify, toStr = String, toNum = Number;
function guard_over(what, n, max, unit) {
	throw new RangeError(what + " would make " + n + " " + unit + ", over the " + max +
		" one call may make in a query; build smaller values or return fewer (.Limit(n))");
}
function len(o) { var n = o == null ? 0 : toNum(o.length); return n > 0 ? n : 0; }
function wrap(obj, name, check) {
	var f = obj[name];
	if (typeof f !== "function") { return; }
	define(obj, name, {value: function () { check.call(this, arguments); return rapply(f, this, arguments); },
		writable: true, configurable: true});
}
function chars(what, n) { if (n > maxChars) { guard_over(what, n, maxChars, "characters"); } }
function elems(what, n) { if (n > maxElems) { guard_over(what, n, maxElems, "elements"); } }

var S = String.prototype;
wrap(S, "repeat", function (a) { chars("repeat", toStr(this).length * toNum(a[0])); });
wrap(S, "padStart", function (a) { chars("padStart", toNum(a[0])); });
wrap(S, "padEnd", function (a) { chars("padEnd", toNum(a[0])); });
wrap(S, "concat", function (a) {
	var n = toStr(this).length;
	for (var i = 0; i < a.length; i++) { n += toStr(a[i]).length; }
	chars("concat", n);
});
["replace", "replaceAll"].forEach(function (name) {
	wrap(S, name, function (a) {
		if (typeof a[1] === "string") { chars(name, (toStr(this).length + 1) * (a[1].length + 1)); }
	});
});

var A = Array.prototype;
// These add or take a few elements, not a length's worth: the memory watch sees them grow.
var oneStep = {push: true, pop: true, shift: true, unshift: true, at: true};
Object.getOwnPropertyNames(A).forEach(function (name) {
	if (name === "constructor" || typeof A[name] !== "function" || oneStep[name]) { return; }
	wrap(A, name, function (a) {
		var n = len(this);
		elems(name, n);
		if (name === "concat") {
			for (var i = 0; i < a.length; i++) { n += Array.isArray(a[i]) ? len(a[i]) : 1; }
			elems(name, n);
		} else if (name === "join" || name === "toString" || name === "toLocaleString") {
			var sep = name === "join" && a[0] !== undefined ? toStr(a[0]).length : 1, c = 0;
			for (var j = 0; j < n; j++) {
				var v = this[j];
				c += sep + (typeof v === "string" ? v.length : 0);
			}
			chars(name, c);
		}
	});
});
define(A, Symbol.iterator, {value: A.values, writable: true, configurable: true});
wrap(Array, "from", function (a) { elems("Array.from", len(a[0])); });
wrap(Array, "of", function (a) { elems("Array.of", a.length); });
wrap(Function.prototype, "apply", function (a) { elems("apply", len(a[1])); });
wrap(Reflect, "apply", function (a) { elems("Reflect.apply", len(a[2])); });
wrap(Reflect, "construct", function (a) { elems("Reflect.construct", len(a[1])); });

// A regexp2 match that runs past maxMatchMs ends as no match, and goja drops regexp2's
// timeout error: time each match (every RegExp method, and String's match, replace, search
// and split, go through exec once it is not the builtin), and throw instead of a false
// "no match".
var R = RegExp.prototype, exec = R.exec, now = Date.now;
define(R, "exec", {value: function guard_exec(s) {
	var t = now();
	var m = rapply(exec, this, [s]);
	if (m === null && now() - t >= maxMatchMs) {
		throw new RangeError("the regular expression " + toStr(this) + " ran over " + maxMatchMs +
			" ms on one match and was stopped: it backtracks without end (nested repetition such as (a+)+); rewrite it");
	}
	return m;
}, writable: true, configurable: true});
define(R, "test", {value: function (s) { return this.exec(s) !== null; }, writable: true, configurable: true});

// JSON.stringify counts as it goes, through a replacer that sees every key and value.
function counted(v, replacer, space) {
	var n = 0;
	var user = typeof replacer === "function" ? replacer : null;
	var out = stringify(v, function (k, x) {
		if (user) { x = rapply(user, this, [k, x]); }
		n += toStr(k).length + 4 + (typeof x === "string" ? x.length : 0);
		chars("JSON.stringify", n);
		return x;
	}, space);
	return out;
}
define(JSON, "stringify", {value: function (v, replacer, space) {
	if (Array.isArray(replacer)) { return stringify(v, replacer, space); }
	return counted(v, replacer, space);
}, writable: true, configurable: true});

["ArrayBuffer", "SharedArrayBuffer", "DataView", "Int8Array", "Uint8Array", "Uint8ClampedArray",
	"Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array",
	"BigInt64Array", "BigUint64Array"].forEach(function (name) { delete global[name]; });

// g.Emit hands its value to Go whole: count it first.
var G = global.graph;
if (G) {
	var emit = G.Emit;
	var guardedEmit = function (v) { counted(v); return emit(v); };
	var proxy = new Proxy({}, {get: function (t, name) {
		return name === "Emit" || name === "emit" ? guardedEmit : G[name];
	}, has: function (t, name) { return name in G; }});
	global.g = global.graph = proxy;
}
})(this);
`

// guardFrame is where a guard's RangeError says it was thrown: in the guards, which the
// query's author did not write; it is cut from the error.
var guardFrame = regexp.MustCompile(` at guard_\w+ \(<eval>:[0-9:()]+\)`)

// guardSource returns gizmoGuards for a per-query memory budget of mem bytes: a string of
// up to mem/4 characters (two bytes each, and room to copy), an array of up to mem/64
// elements (16 bytes each, and room).
func guardSource(mem int64) string {
	return fmt.Sprintf(gizmoGuards, mem/4, mem/64, MaxRegexpMatch.Milliseconds())
}

// GuardRuntime runs the guards of gizmoGuards, for a per-query budget of mem bytes, in vm,
// for a query run on a runtime of its own (the web console's query shape). Gizmo queries
// get them without asking.
func GuardRuntime(vm *goja.Runtime, mem int64) error {
	if _, err := vm.RunString(guardSource(mem)); err != nil {
		return fmt.Errorf("guard the query's builtins: %w", err)
	}
	return nil
}
