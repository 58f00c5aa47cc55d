package dev.cerulean.store.secret;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * Argon2id, version 0x13, as RFC 9106 specifies it, with all of its working memory in ONE flat
 * {@code long[]} (128 longs per 1 KiB block) allocated per call. A general-purpose generator that
 * keeps every block as its own object puts some twenty thousand small live objects into the young
 * generation per 19 MiB hash, which the collector then copies and promotes; one large array is
 * allocated outside the young generation and reclaimed as a whole. The array is deliberately not
 * cached per thread: with many request threads that would pin many copies for good.
 *
 * <p>Lanes are filled one after the other, slice by slice, which gives the same result as
 * filling them in parallel because a segment only references blocks of finished slices of
 * other lanes. Only H (Blake2b) comes from BouncyCastle; H', the compression function G and
 * the indexing are written here from the RFC.
 */
public final class Argon2id {
    private static final int VERSION = 0x13;
    private static final int TYPE_ID = 2;
    private static final int SLICES = 4;
    private static final int WORDS = 128; // 64-bit words in a 1024-byte block
    private static final VarHandle LE64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Argon2id() {
    }

    /** The tag of {@code length} bytes for the password and salt, without secret or associated data. */
    public static byte[] hash(byte[] password, byte[] salt, int memoryKib, int iterations, int parallelism,
                              int length) {
        return hash(password, salt, new byte[0], new byte[0], memoryKib, iterations, parallelism, length);
    }

    /** The tag with the optional secret value K and associated data X of RFC 9106 (empty for none). */
    public static byte[] hash(byte[] password, byte[] salt, byte[] secret, byte[] associatedData, int memoryKib,
                              int iterations, int parallelism, int length) {
        return hash(password, salt, secret, associatedData, memoryKib, iterations, parallelism, length, null);
    }

    /**
     * The number of 64-bit words of working memory that {@code memoryKib} and {@code parallelism}
     * need (memory is rounded down to a multiple of four blocks per lane).
     */
    public static int words(int memoryKib, int parallelism) {
        return Math.multiplyExact(memoryKib / (SLICES * parallelism) * SLICES * parallelism, WORDS);
    }

    /**
     * The tag, computed in {@code memory} when it has exactly {@link #words} words (what it holds
     * does not matter: the first pass writes every block before any block is read), else in a new
     * array. Lets a caller that hashes one secret after another reuse one 19 MiB array.
     */
    public static byte[] hash(byte[] password, byte[] salt, int memoryKib, int iterations, int parallelism,
                              int length, long[] memory) {
        return hash(password, salt, new byte[0], new byte[0], memoryKib, iterations, parallelism, length, memory);
    }

    private static byte[] hash(byte[] password, byte[] salt, byte[] secret, byte[] associatedData, int memoryKib,
                               int iterations, int parallelism, int length, long[] workspace) {
        if (parallelism < 1 || parallelism > 0xFFFFFF) throw new IllegalArgumentException("parallelism out of range");
        if (memoryKib < 8 * parallelism) throw new IllegalArgumentException("memory must be at least 8 KiB per lane");
        if (iterations < 1) throw new IllegalArgumentException("iterations must be at least 1");
        if (length < 4) throw new IllegalArgumentException("tag must be at least 4 bytes");

        int segmentLength = memoryKib / (SLICES * parallelism);
        int laneLength = segmentLength * SLICES;
        int blocks = laneLength * parallelism;
        int words = Math.multiplyExact(blocks, WORDS);
        long[] memory = workspace != null && workspace.length == words ? workspace : new long[words];

        byte[] h0 = initialHash(password, salt, secret, associatedData, memoryKib, iterations, parallelism, length);
        firstBlocks(memory, h0, parallelism, laneLength);

        Filler filler = new Filler(memory, parallelism, laneLength, segmentLength, blocks, iterations);
        for (int pass = 0; pass < iterations; pass++) {
            for (int slice = 0; slice < SLICES; slice++) {
                for (int lane = 0; lane < parallelism; lane++) {
                    filler.fillSegment(pass, slice, lane);
                }
            }
        }

        // C = XOR of the last block of every lane; the tag is H'^T(C)
        int last = (laneLength - 1) * WORDS;
        long[] c = Arrays.copyOfRange(memory, last, last + WORDS);
        for (int lane = 1; lane < parallelism; lane++) {
            int at = (lane * laneLength + laneLength - 1) * WORDS;
            for (int k = 0; k < WORDS; k++) c[k] ^= memory[at + k];
        }
        byte[] cBytes = new byte[WORDS * 8];
        for (int k = 0; k < WORDS; k++) LE64.set(cBytes, k * 8, c[k]);
        byte[] tag = new byte[length];
        variableHash(tag, cBytes);
        return tag;
    }

    /** H0 = H^64(LE32(p) || LE32(T) || LE32(m) || LE32(t) || LE32(v) || LE32(y) || length-prefixed P, S, K, X). */
    private static byte[] initialHash(byte[] password, byte[] salt, byte[] secret, byte[] associatedData,
                                      int memoryKib, int iterations, int parallelism, int length) {
        Blake2bDigest h = new Blake2bDigest(512);
        le32(h, parallelism);
        le32(h, length);
        le32(h, memoryKib);
        le32(h, iterations);
        le32(h, VERSION);
        le32(h, TYPE_ID);
        for (byte[] field : new byte[][] {password, salt, secret, associatedData}) {
            le32(h, field.length);
            h.update(field, 0, field.length);
        }
        byte[] h0 = new byte[64];
        h.doFinal(h0, 0);
        return h0;
    }

    /** B[i][0] = H'^1024(H0 || LE32(0) || LE32(i)) and B[i][1] = H'^1024(H0 || LE32(1) || LE32(i)). */
    private static void firstBlocks(long[] memory, byte[] h0, int parallelism, int laneLength) {
        byte[] input = Arrays.copyOf(h0, 72);
        byte[] block = new byte[WORDS * 8];
        for (int lane = 0; lane < parallelism; lane++) {
            for (int column = 0; column < 2; column++) {
                LE64.set(input, 64, (long) column | ((long) lane << 32)); // LE32(column) || LE32(lane)
                variableHash(block, input);
                int at = (lane * laneLength + column) * WORDS;
                for (int k = 0; k < WORDS; k++) memory[at + k] = (long) LE64.get(block, k * 8);
            }
        }
    }

    /**
     * H'^T(A), T = out.length: H^T(LE32(T) || A) when T <= 64; otherwise the first 32 bytes of each
     * of V1 = H^64(LE32(T) || A), V2 = H^64(V1), ..., Vr = H^64(V(r-1)), followed by the whole of
     * V(r+1) = H^(T-32r)(Vr), with r = ceil(T/32) - 2.
     */
    static void variableHash(byte[] out, byte[] a) {
        int t = out.length;
        if (t <= 64) {
            Blake2bDigest h = new Blake2bDigest(t * 8);
            le32(h, t);
            h.update(a, 0, a.length);
            h.doFinal(out, 0);
            return;
        }
        int r = (t + 31) / 32 - 2;
        Blake2bDigest h = new Blake2bDigest(512);
        byte[] v = new byte[64];
        le32(h, t);
        h.update(a, 0, a.length);
        h.doFinal(v, 0); // doFinal also resets the digest for the next V
        System.arraycopy(v, 0, out, 0, 32);
        for (int i = 2; i <= r; i++) {
            h.update(v, 0, 64);
            h.doFinal(v, 0);
            System.arraycopy(v, 0, out, (i - 1) * 32, 32);
        }
        int rest = t - 32 * r;
        Blake2bDigest tail = rest == 64 ? h : new Blake2bDigest(rest * 8);
        tail.update(v, 0, 64);
        byte[] last = new byte[rest];
        tail.doFinal(last, 0);
        System.arraycopy(last, 0, out, 32 * r, rest);
    }

    private static void le32(Blake2bDigest h, int value) {
        h.update((byte) value);
        h.update((byte) (value >>> 8));
        h.update((byte) (value >>> 16));
        h.update((byte) (value >>> 24));
    }

    /** Fills segments of the shared memory; holds the scratch blocks so that the loops allocate nothing. */
    private static final class Filler {
        private final long[] memory;
        private final int lanes;
        private final int laneLength;
        private final int segmentLength;
        private final int blocks;
        private final int passes;
        private final long[] r = new long[WORDS];
        private final long[] input = new long[WORDS];
        private final long[] addresses = new long[WORDS];

        Filler(long[] memory, int lanes, int laneLength, int segmentLength, int blocks, int passes) {
            this.memory = memory;
            this.lanes = lanes;
            this.laneLength = laneLength;
            this.segmentLength = segmentLength;
            this.blocks = blocks;
            this.passes = passes;
        }

        void fillSegment(int pass, int slice, int lane) {
            // Argon2id: data-independent addressing in the first half of the first pass only
            boolean independent = pass == 0 && slice < SLICES / 2;
            if (independent) {
                Arrays.fill(input, 0);
                input[0] = pass;
                input[1] = lane;
                input[2] = slice;
                input[3] = blocks;
                input[4] = passes;
                input[5] = TYPE_ID;
            }
            int start = 0;
            if (pass == 0 && slice == 0) {
                start = 2; // B[i][0] and B[i][1] come from H0
                if (independent) nextAddresses(); // addresses are consumed from index 0 of the block on
            }
            int laneStart = lane * laneLength;
            for (int index = start; index < segmentLength; index++) {
                int column = slice * segmentLength + index;
                int previous = column == 0 ? laneLength - 1 : column - 1;
                long pseudoRandom;
                if (independent) {
                    if (index % WORDS == 0) nextAddresses();
                    pseudoRandom = addresses[index % WORDS];
                } else {
                    pseudoRandom = memory[(laneStart + previous) * WORDS];
                }
                int refLane = pass == 0 && slice == 0 ? lane : (int) ((pseudoRandom >>> 32) % lanes);
                int refColumn = referenceColumn(pass, slice, index, refLane == lane, pseudoRandom & 0xFFFFFFFFL);
                fillBlock((laneStart + previous) * WORDS, (refLane * laneLength + refColumn) * WORDS,
                        (laneStart + column) * WORDS, pass > 0);
            }
        }

        /** Maps J1 onto the reference set W of the current block (RFC 9106, section 3.4.2). */
        private int referenceColumn(int pass, int slice, int index, boolean sameLane, long j1) {
            // another lane offers whole segments, less their last block when the current block opens a segment
            long area;
            if (pass == 0) {
                // only the finished slices of this pass, and in this lane the blocks made so far
                area = sameLane ? (long) slice * segmentLength + index - 1
                        : (long) slice * segmentLength + (index == 0 ? -1 : 0);
            } else {
                // the last three slices; the block just before the current one never counts
                area = sameLane ? (long) laneLength - segmentLength + index - 1
                        : (long) laneLength - segmentLength + (index == 0 ? -1 : 0);
            }
            long x = (j1 * j1) >>> 32;
            long y = (area * x) >>> 32;
            long relative = area - 1 - y;
            long startColumn = pass == 0 || slice == SLICES - 1 ? 0 : (long) (slice + 1) * segmentLength;
            return (int) ((startColumn + relative) % laneLength);
        }

        /** Next address block: G(0, G(0, Z || LE64(counter) || 0...)) with the counter incremented first. */
        private void nextAddresses() {
            long[] r = this.r;
            input[6]++;
            // G(0, X) = P(X) XOR X
            System.arraycopy(input, 0, r, 0, WORDS);
            permute(r);
            for (int k = 0; k < WORDS; k++) {
                long v = r[k] ^ input[k];
                addresses[k] = v;
                r[k] = v;
            }
            permute(r);
            for (int k = 0; k < WORDS; k++) addresses[k] ^= r[k];
        }

        /**
         * current = G(previous, reference) = P(R) XOR R with R = previous XOR reference, XORed onto
         * the old content of current in passes after the first. R goes into current first and a
         * scratch copy goes through P; the reference set never contains the current block.
         */
        private void fillBlock(int previous, int reference, int current, boolean xorOld) {
            long[] m = memory;
            long[] r = this.r;
            if (xorOld) {
                for (int k = 0; k < WORDS; k++) {
                    long v = m[previous + k] ^ m[reference + k];
                    r[k] = v;
                    m[current + k] ^= v;
                }
            } else {
                for (int k = 0; k < WORDS; k++) {
                    long v = m[previous + k] ^ m[reference + k];
                    r[k] = v;
                    m[current + k] = v;
                }
            }
            permute(r);
            for (int k = 0; k < WORDS; k++) m[current + k] ^= r[k];
        }
    }

    /**
     * The 8x8 matrix of 16-byte registers R0..R63 through P, first row by row (the 16 words of
     * row j start at 16j), then column by column (register j of column i is words 16j+2i,
     * 16j+2i+1). GB works on four words at a time straight in the array: holding all sixteen
     * words of a round in locals needs more registers than the CPU has and was some 30% slower.
     */
    static void permute(long[] v) {
        for (int b = 0; b < WORDS; b += 16) rowRound(v, b);
        for (int b = 0; b < 16; b += 2) columnRound(v, b);
    }

    /** P on the 16 words of one row, v0..v15 at b..b+15: GB on the columns, then on the diagonals. */
    private static void rowRound(long[] v, int b) {
        gb(v, b, b + 4, b + 8, b + 12);
        gb(v, b + 1, b + 5, b + 9, b + 13);
        gb(v, b + 2, b + 6, b + 10, b + 14);
        gb(v, b + 3, b + 7, b + 11, b + 15);
        gb(v, b, b + 5, b + 10, b + 15);
        gb(v, b + 1, b + 6, b + 11, b + 12);
        gb(v, b + 2, b + 7, b + 8, b + 13);
        gb(v, b + 3, b + 4, b + 9, b + 14);
    }

    /** The same P on one column, whose v(2j), v(2j+1) are at b+16j, b+16j+1. */
    private static void columnRound(long[] v, int b) {
        gb(v, b, b + 32, b + 64, b + 96);
        gb(v, b + 1, b + 33, b + 65, b + 97);
        gb(v, b + 16, b + 48, b + 80, b + 112);
        gb(v, b + 17, b + 49, b + 81, b + 113);
        gb(v, b, b + 33, b + 80, b + 113);
        gb(v, b + 1, b + 48, b + 81, b + 96);
        gb(v, b + 16, b + 49, b + 64, b + 97);
        gb(v, b + 17, b + 32, b + 65, b + 112);
    }

    /** GB(a, b, c, d) of RFC 9106 on four words of v, in place. */
    private static void gb(long[] v, int a, int b, int c, int d) {
        long va = v[a], vb = v[b], vc = v[c], vd = v[d];
        va = mix(va, vb); vd = rotr(vd ^ va, 32); vc = mix(vc, vd); vb = rotr(vb ^ vc, 24);
        va = mix(va, vb); vd = rotr(vd ^ va, 16); vc = mix(vc, vd); vb = rotr(vb ^ vc, 63);
        v[a] = va; v[b] = vb; v[c] = vc; v[d] = vd;
    }

    /** a + b + 2 * trunc(a) * trunc(b), trunc being the low 32 bits (BlaMka's multiplication-hardened add). */
    private static long mix(long a, long b) {
        return a + b + 2 * (a & 0xFFFFFFFFL) * (b & 0xFFFFFFFFL);
    }

    private static long rotr(long x, int distance) {
        return Long.rotateRight(x, distance);
    }
}
