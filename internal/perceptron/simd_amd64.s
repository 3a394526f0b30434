//go:build !purego

#include "textflag.h"

// LOADLANES loads the 16 lanes of 4 words at p into Y0..Y3 and sets
// every bit of Y15.
#define LOADLANES(p) \
	VMOVDQU 0(p), Y0 \
	VMOVDQU 32(p), Y1 \
	VMOVDQU 64(p), Y2 \
	VMOVDQU 96(p), Y3 \
	VPCMPEQW Y15, Y15, Y15

// func sumRows8AVX2(w *uint64, rows *int, n int, lanes *[16]uint64)
TEXT ·sumRows8AVX2(SB), NOSPLIT, $0-32
	MOVQ w+0(FP), SI
	MOVQ rows+8(FP), DI
	MOVQ n+16(FP), CX
	MOVQ lanes+24(FP), DX
	LOADLANES(DX)
	VPSRLW $8, Y15, Y15 // 0x00ff in every 16-bit lane
	TESTQ CX, CX
	JEQ rows_done

loop:
	MOVQ (DI), AX
	SHLQ $3, AX
	VMOVDQU (SI)(AX*1), Y4
	VMOVDQU 32(SI)(AX*1), Y5
	VPAND Y15, Y4, Y6
	VPSRLW $8, Y4, Y7
	VPAND Y15, Y5, Y8
	VPSRLW $8, Y5, Y9
	VPADDW Y6, Y0, Y0
	VPADDW Y7, Y1, Y1
	VPADDW Y8, Y2, Y2
	VPADDW Y9, Y3, Y3
	ADDQ $8, DI
	DECQ CX
	JNZ loop

rows_done:
	VMOVDQU Y0, 0(DX)
	VMOVDQU Y1, 32(DX)
	VMOVDQU Y2, 64(DX)
	VMOVDQU Y3, 96(DX)
	VZEROUPPER
	RET

// func addDenseAVX2(d *uint64, offs *uint32, nOffs int, acc *uint64, chunks int)
TEXT ·addDenseAVX2(SB), NOSPLIT, $0-40
	MOVQ d+0(FP), SI
	MOVQ offs+8(FP), DI
	MOVQ nOffs+16(FP), R8
	MOVQ acc+24(FP), DX
	MOVQ chunks+32(FP), CX
	TESTQ CX, CX
	JEQ dense_done
	TESTQ R8, R8
	JEQ dense_done

dense_chunk:
	VMOVDQU (DX), Y0
	MOVQ DI, R9
	MOVQ R8, R10

dense_block:
	MOVL (R9), AX
	VPADDQ (SI)(AX*8), Y0, Y0
	ADDQ $4, R9
	DECQ R10
	JNZ dense_block
	VMOVDQU Y0, (DX)
	ADDQ $32, DX
	ADDQ $32, SI
	DECQ CX
	JNZ dense_chunk

dense_done:
	VZEROUPPER
	RET

// MAXLANE sets word 0 of X4, and AX, to the largest 16-bit lane of Y0..Y3,
// as 0xffff minus the least of the complements; Y15 must be all ones.
#define MAXLANE \
	VPMAXUW Y0, Y1, Y4 \
	VPMAXUW Y2, Y3, Y5 \
	VPMAXUW Y4, Y5, Y4 \
	VEXTRACTI128 $1, Y4, X5 \
	VPMAXUW X5, X4, X4 \
	VPXOR X15, X4, X4 \
	VPHMINPOSUW X4, X4 \
	VPXOR X15, X4, X4 \
	VPEXTRW $0, X4, AX

// func maxLanesAVX2(lanes *[16]uint64, out *[6]uint32)
// out[0] is the largest 16-bit lane of lanes, out[1] the largest of the
// lanes below it (0 when none), out[2+r] the VPMOVMSKB mask of the lanes of
// words 4r..4r+3 equal to out[0].
TEXT ·maxLanesAVX2(SB), NOSPLIT, $0-16
	MOVQ lanes+0(FP), SI
	MOVQ out+8(FP), DI
	LOADLANES(SI) // and Y15 all ones

	// top: the largest lane.
	MAXLANE
	MOVL AX, 0(DI)

	// The lanes equal to top, and their masks.
	VPBROADCASTW X4, Y6
	VPCMPEQW Y6, Y0, Y7
	VPCMPEQW Y6, Y1, Y8
	VPCMPEQW Y6, Y2, Y9
	VPCMPEQW Y6, Y3, Y10
	VPMOVMSKB Y7, AX
	MOVL AX, 8(DI)
	VPMOVMSKB Y8, AX
	MOVL AX, 12(DI)
	VPMOVMSKB Y9, AX
	MOVL AX, 16(DI)
	VPMOVMSKB Y10, AX
	MOVL AX, 20(DI)

	// next: the largest lane once those equal to top are zeroed.
	VPANDN Y0, Y7, Y0
	VPANDN Y1, Y8, Y1
	VPANDN Y2, Y9, Y2
	VPANDN Y3, Y10, Y3
	MAXLANE
	MOVL AX, 4(DI)
	VZEROUPPER
	RET
