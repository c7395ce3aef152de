#include "textflag.h"

// func sumRows(dst, rows []int32, offs []uint32)
//
// For each block of 16 classes of dst: the block, plus that block of every row, summed
// in four registers and stored back. The caller guarantees len(dst)%16 == 0 and that every row
// rows[o:o+len(dst)] is in bounds.
TEXT ·sumRows(SB), NOSPLIT, $0-72
	MOVQ dst_base+0(FP), DI
	MOVQ dst_len+8(FP), CX
	MOVQ rows_base+24(FP), SI
	MOVQ offs_base+48(FP), R8
	MOVQ offs_len+56(FP), R9
	SHLQ $2, CX        // CX = bytes of dst
	XORQ R10, R10      // R10 = byte offset of the block in dst and in a row

block:
	CMPQ R10, CX
	JGE  done
	MOVOU 0(DI)(R10*1), X0
	MOVOU 16(DI)(R10*1), X1
	MOVOU 32(DI)(R10*1), X2
	MOVOU 48(DI)(R10*1), X3
	XORQ  BX, BX       // BX = row number

row:
	CMPQ  BX, R9
	JGE   store
	MOVL  (R8)(BX*4), AX   // the row's offset, zero-extended
	LEAQ  (SI)(AX*4), DX
	ADDQ  R10, DX
	MOVOU 0(DX), X4
	MOVOU 16(DX), X5
	MOVOU 32(DX), X6
	MOVOU 48(DX), X7
	PADDL X4, X0
	PADDL X5, X1
	PADDL X6, X2
	PADDL X7, X3
	INCQ  BX
	JMP   row

store:
	MOVOU X0, 0(DI)(R10*1)
	MOVOU X1, 16(DI)(R10*1)
	MOVOU X2, 32(DI)(R10*1)
	MOVOU X3, 48(DI)(R10*1)
	ADDQ  $64, R10
	JMP   block

done:
	RET
