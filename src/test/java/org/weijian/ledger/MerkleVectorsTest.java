package org.weijian.ledger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.weijian.ledger.merkle.CompactRange;
import org.weijian.ledger.merkle.HashAlgorithm;
import org.weijian.ledger.merkle.MemoryTree;
import org.weijian.ledger.merkle.MerkleProofs;
import org.weijian.ledger.merkle.ProofVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known values from transparency-dev/merkle ({@code rfc6962/rfc6962_test.go} and the 8-leaf "RFC 6962 test
 * leaves" of {@code proof/verify_test.go}) and property tests over random trees up to 1,000 leaves.
 */
class MerkleVectorsTest {

	static final HashAlgorithm SHA = HashAlgorithm.SHA_256;

	static final HexFormat HEX = HexFormat.of();

	static byte[] h(String hex) {
		return HEX.parseHex(hex);
	}

	static final List<byte[]> LEAVES = List.of(h(""), h("00"), h("10"), h("2021"), h("3031"), h("40414243"),
			h("5051525354555657"), h("606162636465666768696a6b6c6d6e6f"));

	static final List<String> ROOTS = List.of("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
			"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
			"aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
			"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
			"4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
			"76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
			"ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
			"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

	@Test
	void rfc6962HasherKnownValues() {
		assertThat(HEX.formatHex(SHA.emptyRoot())).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(HEX.formatHex(SHA.leafHash(new byte[0]))).isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
		assertThat(HEX.formatHex(SHA.leafHash("L123456".getBytes(StandardCharsets.US_ASCII))))
			.isEqualTo("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56");
		assertThat(HEX.formatHex(SHA.nodeHash("N123".getBytes(StandardCharsets.US_ASCII), "N456".getBytes(StandardCharsets.US_ASCII))))
			.isEqualTo("aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb");
	}

	@Test
	void rootsOfTheRfc6962TestLeaves() {
		MemoryTree tree = new MemoryTree(SHA);
		CompactRange range = CompactRange.empty(SHA);
		for (int i = 0; i < LEAVES.size(); i++) {
			tree.appendInput(LEAVES.get(i));
			range.append(SHA.leafHash(LEAVES.get(i)));
			assertThat(HEX.formatHex(tree.root(i + 1))).as("root of size %d", i + 1).isEqualTo(ROOTS.get(i));
			assertThat(HEX.formatHex(range.root())).as("compact range root of size %d", i + 1).isEqualTo(ROOTS.get(i));
		}
	}

	record Inclusion(long leaf, long size, List<String> proof) {
	}

	record Consistency(long size1, long size2, List<String> proof) {
	}

	static final List<Inclusion> INCLUSIONS = List.of(new Inclusion(1, 1, List.of()),
			new Inclusion(1, 8, List.of("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
					"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
					"6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
			new Inclusion(6, 8, List.of("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
					"ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
					"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
			new Inclusion(3, 3, List.of("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")),
			new Inclusion(2, 5, List.of("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
					"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
					"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")));

	static final List<Consistency> CONSISTENCIES = List.of(new Consistency(1, 1, List.of()),
			new Consistency(1, 8, List.of("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
					"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
					"6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
			new Consistency(6, 8, List.of("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
					"ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
					"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
			new Consistency(2, 5, List.of("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
					"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")),
			new Consistency(6, 7, List.of("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
					"b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
					"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")));

	static MemoryTree testTree() {
		MemoryTree tree = new MemoryTree(SHA);
		LEAVES.forEach(tree::appendInput);
		return tree;
	}

	@Test
	void inclusionProofsMatchTheKnownVectorsAndVerify() {
		MemoryTree tree = testTree();
		MerkleProofs proofs = new MerkleProofs(SHA);
		ProofVerifier verifier = new ProofVerifier(SHA);
		for (Inclusion v : INCLUSIONS) {
			long index = v.leaf() - 1;
			List<byte[]> proof = proofs.inclusion(index, v.size(), tree);
			assertThat(proof.stream().map(HEX::formatHex).toList()).as("PATH(%d, D[%d])", index, v.size()).isEqualTo(v.proof());
			byte[] root = h(ROOTS.get((int) v.size() - 1));
			byte[] leafHash = SHA.leafHash(LEAVES.get((int) index));
			assertThat(verifier.verifyInclusion(index, v.size(), leafHash, proof, root)).isTrue();
			assertThat(corruptions(proof)).allSatisfy(bad -> assertThat(verifier.verifyInclusion(index, v.size(), leafHash, bad, root))
				.as("corrupted proof").isFalse());
			assertThat(verifier.verifyInclusion(index + 1, v.size(), leafHash, proof, root)).isFalse();
			assertThat(verifier.verifyInclusion(index, v.size() * 2, leafHash, proof, root)).isFalse();
			assertThat(verifier.verifyInclusion(index, v.size(), SHA.emptyRoot(), proof, root)).isFalse();
			assertThat(verifier.verifyInclusion(index, v.size(), leafHash, proof, SHA.emptyRoot())).isFalse();
		}
	}

	@Test
	void consistencyProofsMatchTheKnownVectorsAndVerify() {
		MemoryTree tree = testTree();
		MerkleProofs proofs = new MerkleProofs(SHA);
		ProofVerifier verifier = new ProofVerifier(SHA);
		for (Consistency v : CONSISTENCIES) {
			List<byte[]> proof = proofs.consistency(v.size1(), v.size2(), tree);
			assertThat(proof.stream().map(HEX::formatHex).toList()).as("PROOF(%d, D[%d])", v.size1(), v.size2()).isEqualTo(v.proof());
			byte[] root1 = h(ROOTS.get((int) v.size1() - 1));
			byte[] root2 = h(ROOTS.get((int) v.size2() - 1));
			assertThat(verifier.verifyConsistency(v.size1(), v.size2(), root1, root2, proof)).isTrue();
			if (!proof.isEmpty()) {
				assertThat(corruptions(proof)).allSatisfy(bad -> assertThat(verifier.verifyConsistency(v.size1(), v.size2(), root1, root2, bad))
					.isFalse());
				assertThat(verifier.verifyConsistency(v.size1(), v.size2(), root2, root1, proof)).as("swapped roots").isFalse();
				assertThat(verifier.verifyConsistency(v.size1() + 1, v.size2(), root1, root2, proof)).isFalse();
				assertThat(verifier.verifyConsistency(v.size1(), v.size2(), root1, root2, List.of())).isFalse();
			}
		}
	}

	@Test
	void trivialConsistencyCases() {
		ProofVerifier verifier = new ProofVerifier(SHA);
		byte[] empty = SHA.emptyRoot();
		byte[] some = h(ROOTS.get(0));
		assertThat(verifier.verifyConsistency(0, 0, empty, empty, List.of())).isTrue();
		assertThat(verifier.verifyConsistency(1, 1, some, some, List.of())).isTrue();
		assertThat(verifier.verifyConsistency(1, 1, empty, some, List.of())).isFalse();
		assertThat(verifier.verifyConsistency(0, 0, empty, empty, List.of(empty))).isFalse();
		assertThat(verifier.verifyConsistency(1, 1, some, some, List.of(empty))).isFalse();
		assertThat(verifier.verifyConsistency(2, 1, some, some, List.of())).isFalse();
		assertThat(verifier.verifyConsistency(1, 2, some, some, List.of())).isFalse();
	}

	/** Proofs with one byte flipped, an element removed, added in front or behind, or all bits of one byte flipped. */
	static List<List<byte[]>> corruptions(List<byte[]> proof) {
		List<List<byte[]>> out = new ArrayList<>();
		for (int i = 0; i < proof.size(); i++) {
			for (int b = 0; b < HashAlgorithm.HASH_LENGTH; b++) {
				List<byte[]> copy = new ArrayList<>(proof);
				byte[] e = copy.get(i).clone();
				e[b] ^= 0x01;
				copy.set(i, e);
				out.add(copy);
			}
		}
		if (!proof.isEmpty()) {
			out.add(proof.subList(0, proof.size() - 1));
		}
		List<byte[]> longer = new ArrayList<>(proof);
		longer.add(SHA.emptyRoot());
		out.add(longer);
		List<byte[]> front = new ArrayList<>(proof);
		front.add(0, SHA.emptyRoot());
		out.add(front);
		return out;
	}

	@Test
	void everyProofOfRandomTreesUpTo1000LeavesVerifiesAndNoFlippedByteDoes() {
		Random random = new Random(20261202);
		MerkleProofs proofs = new MerkleProofs(SHA);
		ProofVerifier verifier = new ProofVerifier(SHA);
		MemoryTree tree = new MemoryTree(SHA);
		CompactRange range = CompactRange.empty(SHA);
		List<byte[]> roots = new ArrayList<>();
		roots.add(SHA.emptyRoot());
		for (int n = 1; n <= 1000; n++) {
			byte[] leaf = new byte[random.nextInt(40)];
			random.nextBytes(leaf);
			tree.appendInput(leaf);
			range.append(SHA.leafHash(leaf));
			roots.add(range.root());
		}
		for (int size = 1; size <= 1000; size = size < 70 ? size + 1 : size + 1 + random.nextInt(60)) {
			byte[] root = roots.get(size);
			assertThat(root).isEqualTo(tree.root(size));
			for (long i = 0; i < size; i += size < 70 ? 1 : 1 + random.nextInt(size / 8)) {
				List<byte[]> path = proofs.inclusion(i, size, tree);
				byte[] leafHash = tree.leafHash(i);
				assertThat(verifier.verifyInclusion(i, size, leafHash, path, root)).as("inclusion %d in %d", i, size).isTrue();
				if (random.nextInt(8) == 0) {
					for (List<byte[]> bad : corruptions(path)) {
						assertThat(verifier.verifyInclusion(i, size, leafHash, bad, root)).isFalse();
					}
					byte[] badLeaf = leafHash.clone();
					badLeaf[random.nextInt(badLeaf.length)] ^= (byte) (1 + random.nextInt(255));
					assertThat(verifier.verifyInclusion(i, size, badLeaf, path, root)).isFalse();
					byte[] badRoot = root.clone();
					badRoot[random.nextInt(badRoot.length)] ^= (byte) (1 + random.nextInt(255));
					assertThat(verifier.verifyInclusion(i, size, leafHash, path, badRoot)).isFalse();
				}
			}
			for (long m = 0; m <= size; m += size < 70 ? 1 : 1 + random.nextInt(size / 8)) {
				List<byte[]> proof = proofs.consistency(m, size, tree);
				byte[] first = roots.get((int) m);
				assertThat(verifier.verifyConsistency(m, size, first, root, proof)).as("consistency %d to %d", m, size).isTrue();
				if (!proof.isEmpty() && random.nextInt(8) == 0) {
					for (List<byte[]> bad : corruptions(proof)) {
						assertThat(verifier.verifyConsistency(m, size, first, root, bad)).isFalse();
					}
					byte[] badRoot = root.clone();
					badRoot[random.nextInt(badRoot.length)] ^= (byte) (1 + random.nextInt(255));
					assertThat(verifier.verifyConsistency(m, size, first, badRoot, proof)).isFalse();
					byte[] badFirst = first.clone();
					badFirst[random.nextInt(badFirst.length)] ^= (byte) (1 + random.nextInt(255));
					assertThat(verifier.verifyConsistency(m, size, badFirst, root, proof)).isFalse();
				}
			}
		}
	}

	@Test
	void requiredSubtreesAreFewAndSufficient() {
		MemoryTree tree = new MemoryTree(SHA);
		for (int i = 0; i < 1000; i++) {
			tree.appendInput(new byte[] { (byte) i, (byte) (i >> 8) });
		}
		MerkleProofs proofs = new MerkleProofs(SHA);
		var keys = MerkleProofs.requiredSubtrees(s -> proofs.inclusion(517, 999, s));
		assertThat(keys.size()).isLessThanOrEqualTo(2 * 10);
		var consistencyKeys = MerkleProofs.requiredSubtrees(s -> proofs.consistency(377, 999, s));
		assertThat(consistencyKeys.size()).isLessThanOrEqualTo(3 * 10);
	}

	@Test
	void sm3HashesDifferAndFollowTheSameTreeRules() {
		HashAlgorithm sm3 = HashAlgorithm.SM3;
		// GB/T 32905-2016 Appendix A example 1: SM3("abc")
		assertThat(HEX.formatHex(sm3.hash("abc".getBytes(StandardCharsets.US_ASCII))))
			.isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
		MemoryTree tree = new MemoryTree(sm3);
		LEAVES.forEach(tree::appendInput);
		ProofVerifier verifier = new ProofVerifier(sm3);
		List<byte[]> path = new MerkleProofs(sm3).inclusion(5, 8, tree);
		assertThat(verifier.verifyInclusion(5, 8, sm3.leafHash(LEAVES.get(5)), path, tree.root(8))).isTrue();
		assertThat(HEX.formatHex(tree.root(8))).isNotEqualTo(ROOTS.get(7));
	}

}
