package org.weijian.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a Merkle tree of size n: the roots of the perfect subtrees that n decomposes into
 * (one per set bit of n, largest first). Appending a leaf merges equal-sized neighbours, so each append
 * costs O(log n) hashes and reports every perfect subtree it completes; the root is their right fold.
 */
public final class CompactRange {

	/** A perfect subtree of 2^level leaves starting at leaf {@code index * 2^level}. */
	public record Node(int level, long index, byte[] hash) {
	}

	private final HashAlgorithm algorithm;

	private final List<Node> nodes;

	private long size;

	private CompactRange(HashAlgorithm algorithm, long size, List<Node> nodes) {
		this.algorithm = algorithm;
		this.size = size;
		this.nodes = nodes;
	}

	public static CompactRange empty(HashAlgorithm algorithm) {
		return new CompactRange(algorithm, 0, new ArrayList<>());
	}

	/** Rebuilds the range of a tree of {@code size} from its stored subtree roots, see {@link #keys(long)}. */
	public static CompactRange of(HashAlgorithm algorithm, long size, List<byte[]> hashes) {
		List<Node> nodes = new ArrayList<>();
		List<long[]> keys = keys(size);
		if (keys.size() != hashes.size()) {
			throw new IllegalArgumentException("a tree of size " + size + " has " + keys.size() + " edge subtrees, not " + hashes.size());
		}
		for (int i = 0; i < keys.size(); i++) {
			nodes.add(new Node((int) keys.get(i)[0], keys.get(i)[1], hashes.get(i).clone()));
		}
		return new CompactRange(algorithm, size, nodes);
	}

	/** The (level, index) of the perfect subtrees a tree of {@code size} decomposes into, largest first. */
	public static List<long[]> keys(long size) {
		List<long[]> keys = new ArrayList<>();
		for (int level = 63; level >= 0; level--) {
			if ((size & (1L << level)) != 0) {
				long start = size & ~((1L << (level + 1)) - 1);
				keys.add(new long[] { level, start >>> level });
			}
		}
		return keys;
	}

	/** Appends a leaf hash; returns the perfect subtrees of level ≥ 1 this append completed, lowest first. */
	public List<Node> append(byte[] leafHash) {
		Node node = new Node(0, size, leafHash);
		size++;
		List<Node> completed = new ArrayList<>(2);
		while (!nodes.isEmpty() && nodes.get(nodes.size() - 1).level() == node.level()) {
			Node left = nodes.remove(nodes.size() - 1);
			node = new Node(node.level() + 1, left.index() >>> 1, algorithm.nodeHash(left.hash(), node.hash()));
			completed.add(node);
		}
		nodes.add(node);
		return completed;
	}

	public long size() {
		return size;
	}

	/** MTH of the whole tree so far: the right fold of the edge subtrees (empty tree: HASH()). */
	public byte[] root() {
		if (nodes.isEmpty()) {
			return algorithm.emptyRoot();
		}
		byte[] hash = nodes.get(nodes.size() - 1).hash();
		for (int i = nodes.size() - 2; i >= 0; i--) {
			hash = algorithm.nodeHash(nodes.get(i).hash(), hash);
		}
		return hash;
	}

	public List<Node> edge() {
		return List.copyOf(nodes);
	}

}
