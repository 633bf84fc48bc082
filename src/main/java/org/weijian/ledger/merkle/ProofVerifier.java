package org.weijian.ledger.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies inclusion proofs (RFC 9162 §2.1.3.2) and consistency proofs (RFC 9162 §2.1.4.2). Written from
 * the RFC's algorithms, independently of {@link MerkleProofs}, so that the tests check one against the other.
 */
public final class ProofVerifier {

	private final HashAlgorithm algorithm;

	public ProofVerifier(HashAlgorithm algorithm) {
		this.algorithm = algorithm;
	}

	/** True when {@code leafHash} is leaf {@code index} of the tree of {@code size} leaves with {@code root}. */
	public boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
		return root.length == HashAlgorithm.HASH_LENGTH
				&& MessageDigest.isEqual(rootFromInclusion(index, size, leafHash, path), root);
	}

	/** The root an inclusion proof implies, or an empty array when the proof has the wrong shape. */
	public byte[] rootFromInclusion(long index, long size, byte[] leafHash, List<byte[]> path) {
		if (index < 0 || index >= size || leafHash.length != HashAlgorithm.HASH_LENGTH) {
			return new byte[0];
		}
		long fn = index;
		long sn = size - 1;
		byte[] r = leafHash;
		for (byte[] p : path) {
			if (p.length != HashAlgorithm.HASH_LENGTH || sn == 0) {
				return new byte[0];
			}
			if ((fn & 1) == 1 || fn == sn) {
				r = algorithm.nodeHash(p, r);
				if ((fn & 1) == 0) {
					while ((fn & 1) == 0 && fn != 0) {
						fn >>>= 1;
						sn >>>= 1;
					}
				}
			}
			else {
				r = algorithm.nodeHash(r, p);
			}
			fn >>>= 1;
			sn >>>= 1;
		}
		return sn == 0 ? r : new byte[0];
	}

	/** True when the tree of {@code second} leaves with {@code secondRoot} extends that of {@code first} leaves. */
	public boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
		if (first < 0 || second < first || firstRoot.length != HashAlgorithm.HASH_LENGTH
				|| secondRoot.length != HashAlgorithm.HASH_LENGTH) {
			return false;
		}
		for (byte[] p : proof) {
			if (p.length != HashAlgorithm.HASH_LENGTH) {
				return false;
			}
		}
		if (first == second) {
			return proof.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
		}
		if (first == 0) {
			return proof.isEmpty() && MessageDigest.isEqual(firstRoot, algorithm.emptyRoot());
		}
		if (proof.isEmpty()) {
			return false;
		}
		List<byte[]> path = new ArrayList<>(proof);
		if (Long.bitCount(first) == 1) {
			path.add(0, firstRoot);
		}
		long fn = first - 1;
		long sn = second - 1;
		while ((fn & 1) == 1) {
			fn >>>= 1;
			sn >>>= 1;
		}
		byte[] fr = path.get(0);
		byte[] sr = path.get(0);
		for (byte[] c : path.subList(1, path.size())) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				fr = algorithm.nodeHash(c, fr);
				sr = algorithm.nodeHash(c, sr);
				if ((fn & 1) == 0) {
					while ((fn & 1) == 0 && fn != 0) {
						fn >>>= 1;
						sn >>>= 1;
					}
				}
			}
			else {
				sr = algorithm.nodeHash(sr, c);
			}
			fn >>>= 1;
			sn >>>= 1;
		}
		return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
	}

}
