#include "textflag.h"

// func sumRowsSSE2(dst, rows []int32, offs []uint32)
//
// For each block of 16 classes of dst: the block, plus that block of every row, summed
// in four registers and stored back. The caller guarantees len(dst)%16 == 0 and that
// every row rows[o:o+len(dst)] is in bounds.
TEXT ·sumRowsSSE2(SB), NOSPLIT, $0-72
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

// func sumRowsAVX2(dst, rows []int32, offs []uint32)
//
// dst, of 32, 64, 96 or 128 classes, stays in four to sixteen registers while every
// row is added to it, eight classes an instruction. The caller guarantees that the
// processor has AVX2 and that every row rows[o:o+len(dst)] is in bounds.
TEXT ·sumRowsAVX2(SB), NOSPLIT, $0-72
	MOVQ dst_base+0(FP), DI
	MOVQ dst_len+8(FP), CX
	MOVQ rows_base+24(FP), SI
	MOVQ offs_base+48(FP), R8
	MOVQ offs_len+56(FP), R9
	XORQ BX, BX        // BX = row number
	CMPQ CX, $32
	JEQ  g1
	CMPQ CX, $64
	JEQ  g2
	CMPQ CX, $96
	JEQ  g3
	// 128 classes
	VMOVDQU 0(DI), Y0
	VMOVDQU 32(DI), Y1
	VMOVDQU 64(DI), Y2
	VMOVDQU 96(DI), Y3
	VMOVDQU 128(DI), Y4
	VMOVDQU 160(DI), Y5
	VMOVDQU 192(DI), Y6
	VMOVDQU 224(DI), Y7
	VMOVDQU 256(DI), Y8
	VMOVDQU 288(DI), Y9
	VMOVDQU 320(DI), Y10
	VMOVDQU 352(DI), Y11
	VMOVDQU 384(DI), Y12
	VMOVDQU 416(DI), Y13
	VMOVDQU 448(DI), Y14
	VMOVDQU 480(DI), Y15
g4row:
	CMPQ BX, R9
	JGE  g4store
	MOVL (R8)(BX*4), AX   // the row's offset, zero-extended
	LEAQ (SI)(AX*4), DX
	VPADDD 0(DX), Y0, Y0
	VPADDD 32(DX), Y1, Y1
	VPADDD 64(DX), Y2, Y2
	VPADDD 96(DX), Y3, Y3
	VPADDD 128(DX), Y4, Y4
	VPADDD 160(DX), Y5, Y5
	VPADDD 192(DX), Y6, Y6
	VPADDD 224(DX), Y7, Y7
	VPADDD 256(DX), Y8, Y8
	VPADDD 288(DX), Y9, Y9
	VPADDD 320(DX), Y10, Y10
	VPADDD 352(DX), Y11, Y11
	VPADDD 384(DX), Y12, Y12
	VPADDD 416(DX), Y13, Y13
	VPADDD 448(DX), Y14, Y14
	VPADDD 480(DX), Y15, Y15
	INCQ BX
	JMP  g4row
g4store:
	VMOVDQU Y0, 0(DI)
	VMOVDQU Y1, 32(DI)
	VMOVDQU Y2, 64(DI)
	VMOVDQU Y3, 96(DI)
	VMOVDQU Y4, 128(DI)
	VMOVDQU Y5, 160(DI)
	VMOVDQU Y6, 192(DI)
	VMOVDQU Y7, 224(DI)
	VMOVDQU Y8, 256(DI)
	VMOVDQU Y9, 288(DI)
	VMOVDQU Y10, 320(DI)
	VMOVDQU Y11, 352(DI)
	VMOVDQU Y12, 384(DI)
	VMOVDQU Y13, 416(DI)
	VMOVDQU Y14, 448(DI)
	VMOVDQU Y15, 480(DI)
	VZEROUPPER
	RET

g3:
	VMOVDQU 0(DI), Y0
	VMOVDQU 32(DI), Y1
	VMOVDQU 64(DI), Y2
	VMOVDQU 96(DI), Y3
	VMOVDQU 128(DI), Y4
	VMOVDQU 160(DI), Y5
	VMOVDQU 192(DI), Y6
	VMOVDQU 224(DI), Y7
	VMOVDQU 256(DI), Y8
	VMOVDQU 288(DI), Y9
	VMOVDQU 320(DI), Y10
	VMOVDQU 352(DI), Y11
g3row:
	CMPQ BX, R9
	JGE  g3store
	MOVL (R8)(BX*4), AX   // the row's offset, zero-extended
	LEAQ (SI)(AX*4), DX
	VPADDD 0(DX), Y0, Y0
	VPADDD 32(DX), Y1, Y1
	VPADDD 64(DX), Y2, Y2
	VPADDD 96(DX), Y3, Y3
	VPADDD 128(DX), Y4, Y4
	VPADDD 160(DX), Y5, Y5
	VPADDD 192(DX), Y6, Y6
	VPADDD 224(DX), Y7, Y7
	VPADDD 256(DX), Y8, Y8
	VPADDD 288(DX), Y9, Y9
	VPADDD 320(DX), Y10, Y10
	VPADDD 352(DX), Y11, Y11
	INCQ BX
	JMP  g3row
g3store:
	VMOVDQU Y0, 0(DI)
	VMOVDQU Y1, 32(DI)
	VMOVDQU Y2, 64(DI)
	VMOVDQU Y3, 96(DI)
	VMOVDQU Y4, 128(DI)
	VMOVDQU Y5, 160(DI)
	VMOVDQU Y6, 192(DI)
	VMOVDQU Y7, 224(DI)
	VMOVDQU Y8, 256(DI)
	VMOVDQU Y9, 288(DI)
	VMOVDQU Y10, 320(DI)
	VMOVDQU Y11, 352(DI)
	VZEROUPPER
	RET

g2:
	VMOVDQU 0(DI), Y0
	VMOVDQU 32(DI), Y1
	VMOVDQU 64(DI), Y2
	VMOVDQU 96(DI), Y3
	VMOVDQU 128(DI), Y4
	VMOVDQU 160(DI), Y5
	VMOVDQU 192(DI), Y6
	VMOVDQU 224(DI), Y7
g2row:
	CMPQ BX, R9
	JGE  g2store
	MOVL (R8)(BX*4), AX   // the row's offset, zero-extended
	LEAQ (SI)(AX*4), DX
	VPADDD 0(DX), Y0, Y0
	VPADDD 32(DX), Y1, Y1
	VPADDD 64(DX), Y2, Y2
	VPADDD 96(DX), Y3, Y3
	VPADDD 128(DX), Y4, Y4
	VPADDD 160(DX), Y5, Y5
	VPADDD 192(DX), Y6, Y6
	VPADDD 224(DX), Y7, Y7
	INCQ BX
	JMP  g2row
g2store:
	VMOVDQU Y0, 0(DI)
	VMOVDQU Y1, 32(DI)
	VMOVDQU Y2, 64(DI)
	VMOVDQU Y3, 96(DI)
	VMOVDQU Y4, 128(DI)
	VMOVDQU Y5, 160(DI)
	VMOVDQU Y6, 192(DI)
	VMOVDQU Y7, 224(DI)
	VZEROUPPER
	RET

g1:
	VMOVDQU 0(DI), Y0
	VMOVDQU 32(DI), Y1
	VMOVDQU 64(DI), Y2
	VMOVDQU 96(DI), Y3
g1row:
	CMPQ BX, R9
	JGE  g1store
	MOVL (R8)(BX*4), AX   // the row's offset, zero-extended
	LEAQ (SI)(AX*4), DX
	VPADDD 0(DX), Y0, Y0
	VPADDD 32(DX), Y1, Y1
	VPADDD 64(DX), Y2, Y2
	VPADDD 96(DX), Y3, Y3
	INCQ BX
	JMP  g1row
g1store:
	VMOVDQU Y0, 0(DI)
	VMOVDQU Y1, 32(DI)
	VMOVDQU Y2, 64(DI)
	VMOVDQU Y3, 96(DI)
	VZEROUPPER
	RET

// func cpuid(eaxArg, ecxArg uint32) (eax, ebx, ecx, edx uint32)
TEXT ·cpuid(SB), NOSPLIT, $0-24
	MOVL eaxArg+0(FP), AX
	MOVL ecxArg+4(FP), CX
	CPUID
	MOVL AX, eax+8(FP)
	MOVL BX, ebx+12(FP)
	MOVL CX, ecx+16(FP)
	MOVL DX, edx+20(FP)
	RET

// func xgetbv() (eax, edx uint32)
TEXT ·xgetbv(SB), NOSPLIT, $0-8
	MOVL $0, CX
	XGETBV
	MOVL AX, eax+0(FP)
	MOVL DX, edx+4(FP)
	RET
