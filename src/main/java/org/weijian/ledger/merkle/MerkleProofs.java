package org.weijian.ledger.merkle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds RFC 6962 §2.1.1 audit paths and §2.1.2 consistency proofs from the hashes of perfect subtrees.
 * Every range hash a proof needs is either one perfect subtree (one stored row) or the right edge of the
 * tree (at most log n rows), so a proof reads O(log n) rows; {@link #requiredSubtrees} lists them so that
 * storage can fetch them in one query.
 */
public final class MerkleProofs {

	private final HashAlgorithm algorithm;

	public MerkleProofs(HashAlgorithm algorithm) {
		this.algorithm = algorithm;
	}

	/** PATH(m, D[n]): the audit path of leaf {@code index} in the tree of the first {@code size} leaves. */
	public List<byte[]> inclusion(long index, long size, SubtreeSource source) {
		if (index < 0 || index >= size) {
			throw new IllegalArgumentException("leaf " + index + " is not in a tree of size " + size);
		}
		List<byte[]> path = new ArrayList<>();
		path(index, 0, size, source, path);
		return path;
	}

	/** PROOF(m, D[n]): the consistency proof between the trees of {@code first} and {@code second} leaves. */
	public List<byte[]> consistency(long first, long second, SubtreeSource source) {
		if (first < 0 || first > second) {
			throw new IllegalArgumentException("no consistency proof from size " + first + " to " + second);
		}
		List<byte[]> proof = new ArrayList<>();
		if (first == 0 || first == second) {
			return proof;
		}
		subproof(first, 0, second, true, source, proof);
		return proof;
	}

	/** MTH(D[start:end]) from perfect subtrees. */
	public byte[] rangeHash(long start, long end, SubtreeSource source) {
		long n = end - start;
		if (n == 0) {
			return algorithm.emptyRoot();
		}
		if (Long.bitCount(n) == 1 && start % n == 0) {
			return source.hash(Long.numberOfTrailingZeros(n), start / n);
		}
		long k = Long.highestOneBit(n - 1);
		return algorithm.nodeHash(rangeHash(start, start + k, source), rangeHash(start + k, end, source));
	}

	/** The (level, index) pairs that {@code inclusion} and {@code consistency} will ask a source for. */
	public static Set<Key> requiredSubtrees(java.util.function.Consumer<SubtreeSource> proofComputation) {
		Set<Key> keys = new LinkedHashSet<>();
		byte[] dummy = new byte[HashAlgorithm.HASH_LENGTH];
		proofComputation.accept((level, index) -> {
			keys.add(new Key(level, index));
			return dummy;
		});
		return keys;
	}

	/** A perfect subtree's position. */
	public record Key(int level, long index) {
	}

	private void path(long m, long start, long end, SubtreeSource source, List<byte[]> out) {
		long n = end - start;
		if (n == 1) {
			return;
		}
		long k = Long.highestOneBit(n - 1);
		if (m < k) {
			path(m, start, start + k, source, out);
			out.add(rangeHash(start + k, end, source));
		}
		else {
			path(m - k, start + k, end, source, out);
			out.add(rangeHash(start, start + k, source));
		}
	}

	private void subproof(long m, long start, long end, boolean complete, SubtreeSource source, List<byte[]> out) {
		long n = end - start;
		if (m == n) {
			if (!complete) {
				out.add(rangeHash(start, end, source));
			}
			return;
		}
		long k = Long.highestOneBit(n - 1);
		if (m <= k) {
			subproof(m, start, start + k, complete, source, out);
			out.add(rangeHash(start + k, end, source));
		}
		else {
			subproof(m - k, start + k, end, false, source, out);
			out.add(rangeHash(start, start + k, source));
		}
	}

}
