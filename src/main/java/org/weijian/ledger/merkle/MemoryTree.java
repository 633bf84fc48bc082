package org.weijian.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * A reference Merkle tree held in memory, computed straight from the RFC 6962 §2.1 definition
 * (MTH by recursion over the leaf hashes). For tests and the verifier; not for large logs.
 */
public final class MemoryTree implements SubtreeSource {

	private final HashAlgorithm algorithm;

	private final List<byte[]> leafHashes = new ArrayList<>();

	public MemoryTree(HashAlgorithm algorithm) {
		this.algorithm = algorithm;
	}

	public void appendInput(byte[] leafInput) {
		leafHashes.add(algorithm.leafHash(leafInput));
	}

	public void appendLeafHash(byte[] leafHash) {
		leafHashes.add(leafHash);
	}

	public long size() {
		return leafHashes.size();
	}

	public byte[] leafHash(long index) {
		return leafHashes.get((int) index);
	}

	/** MTH(D[0:size]). */
	public byte[] root(long size) {
		return mth(0, size);
	}

	/** MTH(D[start:end]) by the RFC's recursive definition. */
	public byte[] mth(long start, long end) {
		long n = end - start;
		if (n == 0) {
			return algorithm.emptyRoot();
		}
		if (n == 1) {
			return leafHashes.get((int) start);
		}
		long k = Long.highestOneBit(n - 1);
		return algorithm.nodeHash(mth(start, start + k), mth(start + k, end));
	}

	@Override
	public byte[] hash(int level, long index) {
		long width = 1L << level;
		return mth(index * width, (index + 1) * width);
	}

}
