package org.weijian.ledger;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

import org.weijian.ledger.merkle.TreeHeadSignatures;

/**
 * The current tree-head signing key. Its id is the hex of the first 8 bytes of SHA-256 over the public
 * key's SubjectPublicKeyInfo DER, so the same key always has the same id.
 */
record SigningKey(String keyId, String algorithm, PrivateKey privateKey, byte[] publicKey) {

	byte[] sign(byte[] data) {
		return TreeHeadSignatures.sign(algorithm, privateKey, data);
	}

	/** Parses {@code <base64 PKCS#8>:<base64 SubjectPublicKeyInfo>}. */
	static SigningKey parse(String algorithm, String encoded) {
		String[] parts = encoded.strip().split(":");
		if (parts.length != 2) {
			throw new IllegalStateException("A ledger signing key is '<base64 PKCS#8>:<base64 SubjectPublicKeyInfo>'");
		}
		try {
			byte[] pkcs8 = Base64.getDecoder().decode(parts[0]);
			byte[] spki = Base64.getDecoder().decode(parts[1]);
			KeyFactory factory = TreeHeadSignatures.ED25519.equals(algorithm) ? KeyFactory.getInstance("Ed25519")
					: KeyFactory.getInstance("EC", TreeHeadSignatures.bouncyCastle());
			PrivateKey key = factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
			TreeHeadSignatures.publicKey(algorithm, spki);
			SigningKey signing = new SigningKey(keyId(spki), algorithm, key, spki);
			byte[] probe = "weijian-ledger-key-check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			if (!TreeHeadSignatures.verify(algorithm, spki, probe, signing.sign(probe))) {
				throw new IllegalStateException("The ledger signing key's private and public parts do not belong together");
			}
			return signing;
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("The ledger signing key is not a valid " + algorithm + " key", ex);
		}
	}

	/** A new key pair, encoded as {@link #parse} reads it. */
	static String generate(String algorithm) {
		try {
			KeyPairGenerator generator;
			if (TreeHeadSignatures.ED25519.equals(algorithm)) {
				generator = KeyPairGenerator.getInstance("Ed25519");
			}
			else {
				generator = KeyPairGenerator.getInstance("EC", TreeHeadSignatures.bouncyCastle());
				generator.initialize(new ECGenParameterSpec("sm2p256v1"));
			}
			KeyPair pair = generator.generateKeyPair();
			return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + ":"
					+ Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not generate a " + algorithm + " key", ex);
		}
	}

	static String keyId(byte[] spki) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(spki);
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
