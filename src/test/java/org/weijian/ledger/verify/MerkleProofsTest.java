package org.weijian.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The verifier's Merkle checks against the known values of transparency-dev/merkle
 * (rfc6962/rfc6962_test.go) and against proofs built from the recursive definitions of RFC 6962 §2.1.
 */
class MerkleProofsTest {

	private final MerkleProofs merkle = new MerkleProofs("SHA-256");

	private static final HexFormat HEX = HexFormat.of();

	@Test
	void knownValues() {
		assertThat(HEX.formatHex(merkle.emptyRoot()))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(HEX.formatHex(merkle.leafHash(new byte[0])))
			.isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
		assertThat(HEX.formatHex(merkle.leafHash("L123456".getBytes(StandardCharsets.US_ASCII))))
			.isEqualTo("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56");
		assertThat(HEX.formatHex(merkle.nodeHash("N123".getBytes(StandardCharsets.US_ASCII),
				"N456".getBytes(StandardCharsets.US_ASCII))))
			.isEqualTo("aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb");
	}

	@Test
	void everyProofOverSmallTreesVerifiesAndFlippedBytesFail() {
		List<byte[]> leaves = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			leaves.add(merkle.leafHash(("entry " + i).getBytes(StandardCharsets.UTF_8)));
		}
		for (int n = 0; n <= leaves.size(); n++) {
			List<byte[]> d = leaves.subList(0, n);
			byte[] root = mth(d);
			assertThat(merkle.root(d)).isEqualTo(root);
			for (int m = 0; m < n; m++) {
				List<byte[]> path = path(m, d);
				assertThat(merkle.verifyInclusion(m, n, d.get(m), path, root)).isTrue();
				assertThat(merkle.verifyInclusion(m, n, flip(d.get(m)), path, root)).isFalse();
				assertThat(merkle.verifyInclusion(m, n, d.get(m), path, flip(root))).isFalse();
				assertThat(merkle.verifyInclusion(m + 1L, n, d.get(m), path, root)).isFalse();
			}
			for (int m = 1; m < n; m++) {
				List<byte[]> proof = subproof(m, d, true);
				byte[] first = mth(d.subList(0, m));
				assertThat(merkle.verifyConsistency(m, n, first, root, proof)).isTrue();
				assertThat(merkle.verifyConsistency(m, n, flip(first), root, proof)).isFalse();
				assertThat(merkle.verifyConsistency(m, n, first, flip(root), proof)).isFalse();
				List<byte[]> tampered = new ArrayList<>(proof);
				tampered.set(n % proof.size(), flip(proof.get(n % proof.size())));
				assertThat(merkle.verifyConsistency(m, n, first, root, tampered)).isFalse();
			}
		}
	}

	@Test
	void treeHeadSignatureInputIsTheRfc6962Struct() {
		byte[] root = new byte[32];
		root[0] = 7;
		byte[] input = MerkleProofs.treeHeadSignatureInput(0x0102030405060708L, 5, root);
		assertThat(input).hasSize(50);
		assertThat(HEX.formatHex(input, 0, 18)).isEqualTo("0001" + "0102030405060708" + "0000000000000005");
		assertThat(input[18]).isEqualTo((byte) 7);
	}

	private static int split(int n) {
		int k = 1;
		while (k * 2 < n) {
			k *= 2;
		}
		return k;
	}

	private byte[] mth(List<byte[]> d) {
		if (d.isEmpty()) {
			return merkle.emptyRoot();
		}
		if (d.size() == 1) {
			return d.get(0);
		}
		int k = split(d.size());
		return merkle.nodeHash(mth(d.subList(0, k)), mth(d.subList(k, d.size())));
	}

	private List<byte[]> path(int m, List<byte[]> d) {
		List<byte[]> result = new ArrayList<>();
		if (d.size() <= 1) {
			return result;
		}
		int k = split(d.size());
		if (m < k) {
			result.addAll(path(m, d.subList(0, k)));
			result.add(mth(d.subList(k, d.size())));
		}
		else {
			result.addAll(path(m - k, d.subList(k, d.size())));
			result.add(mth(d.subList(0, k)));
		}
		return result;
	}

	private List<byte[]> subproof(int m, List<byte[]> d, boolean complete) {
		List<byte[]> result = new ArrayList<>();
		int n = d.size();
		if (m == n) {
			if (!complete) {
				result.add(mth(d));
			}
			return result;
		}
		int k = split(n);
		if (m <= k) {
			result.addAll(subproof(m, d.subList(0, k), complete));
			result.add(mth(d.subList(k, n)));
		}
		else {
			result.addAll(subproof(m - k, d.subList(k, n), false));
			result.add(mth(d.subList(0, k)));
		}
		return result;
	}

	private static byte[] flip(byte[] bytes) {
		byte[] copy = bytes.clone();
		copy[copy.length / 2] ^= 1;
		return copy;
	}

}
