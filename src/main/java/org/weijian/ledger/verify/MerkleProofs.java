package org.weijian.ledger.verify;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Client-side checks of RFC 6962 §2.1 trees: the root over leaf hashes and the RFC 9162 §2.1.3.2
 * (inclusion) and §2.1.4.2 (consistency) verification algorithms. Written from the RFC text for the
 * verifier command, which runs without the server's code paths.
 */
final class MerkleProofs {

	private final String algorithm;

	MerkleProofs(String hashName) {
		this.algorithm = switch (hashName.toUpperCase(java.util.Locale.ROOT)) {
			case "SHA-256", "SHA256" -> "SHA-256";
			case "SM3" -> "SM3";
			default -> throw new IllegalArgumentException("unsupported hash algorithm " + hashName);
		};
		digest(); // fail early when the JVM has no such digest
	}

	private MessageDigest digest() {
		try {
			return MessageDigest.getInstance(algorithm);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalArgumentException("this JVM has no " + algorithm + " digest", e);
		}
	}

	byte[] emptyRoot() {
		return digest().digest();
	}

	byte[] leafHash(byte[] input) {
		MessageDigest d = digest();
		d.update((byte) 0x00);
		return d.digest(input);
	}

	byte[] nodeHash(byte[] left, byte[] right) {
		MessageDigest d = digest();
		d.update((byte) 0x01);
		d.update(left);
		return d.digest(right);
	}

	/** MTH(D[n]) over the given leaf hashes, using a stack of complete subtrees. */
	byte[] root(List<byte[]> leafHashes) {
		if (leafHashes.isEmpty()) {
			return emptyRoot();
		}
		Deque<byte[]> stack = new ArrayDeque<>();
		long count = 0;
		for (byte[] leaf : leafHashes) {
			stack.push(leaf);
			count++;
			for (long n = count; (n & 1) == 0; n >>>= 1) {
				byte[] right = stack.pop();
				byte[] left = stack.pop();
				stack.push(nodeHash(left, right));
			}
		}
		byte[] root = stack.pop();
		while (!stack.isEmpty()) {
			root = nodeHash(stack.pop(), root);
		}
		return root;
	}

	/** RFC 9162 §2.1.3.2. */
	boolean verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path, byte[] root) {
		if (leafIndex < 0 || leafIndex >= treeSize) {
			return false;
		}
		long fn = leafIndex;
		long sn = treeSize - 1;
		byte[] r = leafHash;
		for (byte[] p : path) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				r = nodeHash(p, r);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>>= 1;
					sn >>>= 1;
				}
			}
			else {
				r = nodeHash(r, p);
			}
			fn >>>= 1;
			sn >>>= 1;
		}
		return sn == 0 && Arrays.equals(r, root);
	}

	/** RFC 9162 §2.1.4.2 (first = 0 is trivially consistent with an empty proof). */
	boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> path) {
		if (first < 0 || first > second) {
			return false;
		}
		if (first == second) {
			return path.isEmpty() && Arrays.equals(firstRoot, secondRoot);
		}
		if (first == 0) {
			return path.isEmpty();
		}
		if (path.isEmpty()) {
			return false;
		}
		List<byte[]> proof = new ArrayList<>(path);
		if ((first & (first - 1)) == 0) {
			proof.add(0, firstRoot);
		}
		long fn = first - 1;
		long sn = second - 1;
		while ((fn & 1) == 1) {
			fn >>>= 1;
			sn >>>= 1;
		}
		byte[] fr = proof.get(0);
		byte[] sr = proof.get(0);
		for (byte[] c : proof.subList(1, proof.size())) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				fr = nodeHash(c, fr);
				sr = nodeHash(c, sr);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>>= 1;
					sn >>>= 1;
				}
			}
			else {
				sr = nodeHash(sr, c);
			}
			fn >>>= 1;
			sn >>>= 1;
		}
		return Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot) && sn == 0;
	}

	/** RFC 6962 §3.5 TreeHeadSignature: version v1 (0), signature_type tree_hash (1), uint64 ×2, root. */
	static byte[] treeHeadSignatureInput(long timestamp, long treeSize, byte[] root) {
		return java.nio.ByteBuffer.allocate(18 + root.length)
			.put((byte) 0)
			.put((byte) 1)
			.putLong(timestamp)
			.putLong(treeSize)
			.put(root)
			.array();
	}

}
