package org.weijian.ledger.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.bouncycastle.crypto.digests.SM3Digest;

/** The log's hash function, fixed per log: SHA-256 (default) or SM3 (GB/T 32905). Both give 32 bytes. */
public enum HashAlgorithm {

	SHA_256("SHA-256"), SM3("SM3");

	public static final int HASH_LENGTH = 32;

	private final String standardName;

	HashAlgorithm(String standardName) {
		this.standardName = standardName;
	}

	/** {@code SHA-256} or {@code SM3}, as published in {@code GET /api/v1/ledger/public-key}. */
	public String standardName() {
		return standardName;
	}

	/** The API's root hash field, {@code sha256_root_hash} or {@code sm3_root_hash}. */
	public String rootHashField() {
		return this == SHA_256 ? "sha256_root_hash" : "sm3_root_hash";
	}

	public static HashAlgorithm of(String name) {
		for (HashAlgorithm a : values()) {
			if (a.standardName.equalsIgnoreCase(name) || a.name().equalsIgnoreCase(name)
					|| a.standardName.replace("-", "").equalsIgnoreCase(name)) {
				return a;
			}
		}
		throw new IllegalArgumentException("Unknown ledger hash algorithm '" + name + "' (SHA-256 or SM3)");
	}

	/** The hash of the empty tree, MTH({}) = HASH(). */
	public byte[] emptyRoot() {
		return hash(new byte[0]);
	}

	/** RFC 6962 §2.1: MTH({d(0)}) = HASH(0x00 || d(0)). */
	public byte[] leafHash(byte[] leafInput) {
		Hasher h = hasher();
		h.update((byte) 0x00);
		h.update(leafInput, 0, leafInput.length);
		return h.digest();
	}

	/** RFC 6962 §2.1: HASH(0x01 || left || right). */
	public byte[] nodeHash(byte[] left, byte[] right) {
		Hasher h = hasher();
		h.update((byte) 0x01);
		h.update(left, 0, left.length);
		h.update(right, 0, right.length);
		return h.digest();
	}

	public byte[] hash(byte[] data) {
		Hasher h = hasher();
		h.update(data, 0, data.length);
		return h.digest();
	}

	/** A fresh incremental hasher (not thread-safe). */
	public Hasher hasher() {
		if (this == SM3) {
			SM3Digest d = new SM3Digest();
			return new Hasher() {
				@Override
				public void update(byte b) {
					d.update(b);
				}

				@Override
				public void update(byte[] data, int off, int len) {
					d.update(data, off, len);
				}

				@Override
				public byte[] digest() {
					byte[] out = new byte[HASH_LENGTH];
					d.doFinal(out, 0);
					return out;
				}
			};
		}
		try {
			MessageDigest d = MessageDigest.getInstance("SHA-256");
			return new Hasher() {
				@Override
				public void update(byte b) {
					d.update(b);
				}

				@Override
				public void update(byte[] data, int off, int len) {
					d.update(data, off, len);
				}

				@Override
				public byte[] digest() {
					return d.digest();
				}
			};
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from the JDK", ex);
		}
	}

	/** An incremental hash computation. */
	public interface Hasher {

		void update(byte b);

		void update(byte[] data, int off, int len);

		byte[] digest();

	}

}
