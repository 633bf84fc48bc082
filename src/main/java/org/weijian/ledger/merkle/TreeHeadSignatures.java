package org.weijian.ledger.merkle;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The RFC 6962 §3.5 {@code TreeHeadSignature} structure and its signatures: Ed25519 (default, JDK) or
 * SM2 with SM3 (GB/T 32918, BouncyCastle, default user id).
 */
public final class TreeHeadSignatures {

	public static final String ED25519 = "Ed25519";

	public static final String SM2 = "SM2";

	private static final BouncyCastleProvider BC = new BouncyCastleProvider();

	private TreeHeadSignatures() {
	}

	/** version v1 (0), signature_type tree_hash (1), uint64 timestamp, uint64 tree_size, the 32-byte root. */
	public static byte[] signedBytes(long timestampMillis, long treeSize, byte[] rootHash) {
		if (rootHash.length != HashAlgorithm.HASH_LENGTH) {
			throw new IllegalArgumentException("a root hash has 32 bytes, not " + rootHash.length);
		}
		return ByteBuffer.allocate(2 + 8 + 8 + HashAlgorithm.HASH_LENGTH)
			.put((byte) 0)
			.put((byte) 1)
			.putLong(timestampMillis)
			.putLong(treeSize)
			.put(rootHash)
			.array();
	}

	public static byte[] sign(String algorithm, PrivateKey key, byte[] data) {
		try {
			Signature s = signature(algorithm);
			s.initSign(key);
			s.update(data);
			return s.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not sign a tree head with " + algorithm, ex);
		}
	}

	/** Checks a signature with a public key given as X.509 SubjectPublicKeyInfo DER. */
	public static boolean verify(String algorithm, byte[] publicKeyDer, byte[] data, byte[] signature) {
		try {
			Signature s = signature(algorithm);
			s.initVerify(publicKey(algorithm, publicKeyDer));
			s.update(data);
			return s.verify(signature);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	public static PublicKey publicKey(String algorithm, byte[] der) throws GeneralSecurityException {
		KeyFactory factory = ED25519.equals(algorithm) ? KeyFactory.getInstance(ED25519) : KeyFactory.getInstance("EC", BC);
		return factory.generatePublic(new X509EncodedKeySpec(der));
	}

	static Signature signature(String algorithm) throws GeneralSecurityException {
		return switch (algorithm) {
			case ED25519 -> Signature.getInstance(ED25519);
			case SM2 -> Signature.getInstance("SM3withSM2", BC);
			default -> throw new GeneralSecurityException("Unknown tree head signature algorithm " + algorithm);
		};
	}

	/** The provider that knows SM2 keys. */
	public static java.security.Provider bouncyCastle() {
		return BC;
	}

}
