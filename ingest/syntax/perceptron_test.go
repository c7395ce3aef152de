package syntax

import (
	"bufio"
	"bytes"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestLinearModelLayout: a model with rows of every shape the table stores (one and two
// classes in the slot, longer rows, dense rows, and the feature 0) scores every feature
// set as its rows say, all classes or the first k, as built in training and as written
// and read back.
func TestLinearModelLayout(t *testing.T) {
	const nClasses = 40 // rows of more than 10 classes are dense
	rng := rand.New(rand.NewSource(1))
	p := newAveragedPerceptron(nClasses)
	var feats []uint64
	for i := 0; i < 3000; i++ {
		f := rng.Uint64()
		if i == 0 {
			f = 0
		}
		feats = append(feats, f)
		// Row lengths 1 to 30: short, long and dense rows.
		for _, c := range rng.Perm(nClasses)[:1+i%30] {
			p.tick()
			p.updateOne([]uint64{f}, c, int32(rng.Intn(200)-100))
		}
	}
	trained := p.average(0)

	// want is the model's score by its rows, as training keeps them.
	want := func(fs []uint64) []int32 {
		out := make([]int32, nClasses)
		for _, f := range fs {
			for i, k := range trained.keys {
				if k == f {
					for _, e := range trained.rows[trained.offsets[i]:trained.offsets[i+1]] {
						out[e.class] += int32(e.w)
					}
				}
			}
		}
		return out
	}
	var b bytes.Buffer
	if err := trained.writeTo(&b); err != nil {
		t.Fatal(err)
	}
	read, err := readLinearModel(bufio.NewReader(&b))
	if err != nil {
		t.Fatal(err)
	}
	if read.keys != nil || read.rows != nil {
		t.Error("a model read for running keeps its training rows")
	}
	shapes := map[string]int{}
	for _, sl := range read.table {
		switch {
		case sl.key == 0:
		case sl.n == denseRow:
			shapes["dense"]++
		case sl.n <= inlineRow:
			shapes["in the slot"]++
		default:
			shapes["long"]++
		}
	}
	if len(shapes) != 3 {
		t.Errorf("rows stored %v, want some of each shape", shapes)
	}
	for trial := 0; trial < 200; trial++ {
		var fs []uint64
		for k := 0; k < 1+trial%50; k++ {
			if rng.Intn(4) == 0 {
				fs = append(fs, rng.Uint64()) // absent
			} else {
				fs = append(fs, feats[rng.Intn(len(feats))])
			}
		}
		w := want(fs)
		for name, m := range map[string]*linearModel{"trained": trained, "read": read} {
			got := make([]int32, nClasses)
			m.score(fs, got)
			if !slices.Equal(got, w) {
				t.Fatalf("%s model, trial %d: scores %v, want %v", name, trial, got, w)
			}
			k := 1 + trial%nClasses
			clear(got)
			m.scoreFirst(fs, got, k)
			if !slices.Equal(got[:k], w[:k]) {
				t.Fatalf("%s model, trial %d: first %d scores %v, want %v", name, trial, k, got[:k], w[:k])
			}
		}
	}
}

// TestSumRows: the SSE2 and AVX2 sums of dense rows are the plain one, for any number
// of rows and widths, with weights that overflow int32 the same way.
func TestSumRows(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	const stride = 7 * denseBlock
	rows := make([]int32, 50*stride)
	for i := range rows {
		rows[i] = int32(rng.Uint32())
	}
	for n := 0; n < 50; n += 7 {
		for width := denseBlock; width <= stride; width += denseBlock {
			offs := make([]uint32, n)
			for i := range offs {
				offs[i] = uint32(rng.Intn(50) * stride)
			}
			got, want := make([]int32, width), make([]int32, width)
			for i := range got {
				got[i], want[i] = int32(i), int32(i)
			}
			sumRowsGeneric(want, rows, offs)
			for name, sum := range sumRowsKernels(width) {
				got := slices.Clone(got)
				sum(got, rows, offs)
				if !slices.Equal(got, want) {
					t.Fatalf("%s, %d rows of width %d: got %v, want %v", name, n, width, got, want)
				}
			}
		}
	}
}

// TestFNVLower: the codes made without a lower-case copy are those of the copy.
func TestFNVLower(t *testing.T) {
	for _, s := range []string{"", "a", "Putin", "NATO", "U.S.", "don't", "Zürich", "İstanbul", "ΣΟΦΙΑ", "x\x80y", "@#[]^_`{"} {
		if got, want := fnvLower(s), fnv64(strings.ToLower(s)); got != want {
			t.Errorf("fnvLower(%q) = %x, want %x", s, got, want)
		}
		if got, want := fnv64From(fnv64("u:"), s), fnv64("u:"+s); got != want {
			t.Errorf("fnv64From(fnv64(\"u:\"), %q) = %x, want %x", s, got, want)
		}
	}
}
