package syntax

// denseBlock is the unit of classes in which sumRows adds: dense rows are padded to a
// multiple of it.
const denseBlock = 32

// sumRowsGeneric adds to dst[c] the sum of rows[o+c] over the offsets o in offs, for
// every c < len(dst). len(dst) is a multiple of denseBlock, and every row
// rows[o:o+len(dst)] lies within rows.
func sumRowsGeneric(dst, rows []int32, offs []uint32) {
	for _, o := range offs {
		row := rows[o : int(o)+len(dst)]
		for c, w := range row {
			dst[c] += w
		}
	}
}
