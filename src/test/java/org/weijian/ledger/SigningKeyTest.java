package org.weijian.ledger;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.weijian.ledger.merkle.HashAlgorithm;
import org.weijian.ledger.merkle.TreeHeadSignatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeyTest {

	@Test
	void treeHeadSignatureBytesFollowRfc6962Section35() {
		byte[] root = HashAlgorithm.SHA_256.emptyRoot();
		byte[] bytes = TreeHeadSignatures.signedBytes(0x0102030405060708L, 5, root);
		assertThat(bytes).hasSize(50);
		assertThat(bytes[0]).as("version v1").isEqualTo((byte) 0);
		assertThat(bytes[1]).as("signature_type tree_hash").isEqualTo((byte) 1);
		assertThat(java.util.Arrays.copyOfRange(bytes, 2, 10)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
		assertThat(java.util.Arrays.copyOfRange(bytes, 10, 18)).containsExactly(0, 0, 0, 0, 0, 0, 0, 5);
		assertThat(java.util.Arrays.copyOfRange(bytes, 18, 50)).isEqualTo(root);
	}

	@Test
	void ed25519AndSm2KeysSignAndVerify() {
		for (String algorithm : new String[] { TreeHeadSignatures.ED25519, TreeHeadSignatures.SM2 }) {
			SigningKey key = SigningKey.parse(algorithm, SigningKey.generate(algorithm));
			assertThat(key.keyId()).matches("[0-9a-f]{16}");
			byte[] data = TreeHeadSignatures.signedBytes(1_700_000_000_000L, 42, HashAlgorithm.SM3.emptyRoot());
			byte[] signature = key.sign(data);
			assertThat(TreeHeadSignatures.verify(algorithm, key.publicKey(), data, signature)).as(algorithm).isTrue();
			data[20] ^= 1;
			assertThat(TreeHeadSignatures.verify(algorithm, key.publicKey(), data, signature)).isFalse();
		}
	}

	@Test
	void refusesKeysWhosePartsDoNotBelongTogether() {
		String a = SigningKey.generate(TreeHeadSignatures.ED25519);
		String b = SigningKey.generate(TreeHeadSignatures.ED25519);
		String mixed = a.split(":")[0] + ":" + b.split(":")[1];
		assertThatThrownBy(() -> SigningKey.parse(TreeHeadSignatures.ED25519, mixed)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> SigningKey.parse(TreeHeadSignatures.ED25519, "not a key".getBytes(StandardCharsets.UTF_8).toString()))
			.isInstanceOf(IllegalStateException.class);
	}

}
