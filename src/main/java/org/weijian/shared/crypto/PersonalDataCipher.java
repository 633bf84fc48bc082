package org.weijian.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data (身份证号, phone numbers) with AES-256-GCM before it is stored, and derives a
 * keyed blind index (HMAC-SHA256) so an exact value can be looked up and kept unique without decrypting
 * every row. Both keys are derived from one master key.
 */
public final class PersonalDataCipher {

	private static final byte VERSION = 1;

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey encryptionKey;

	private final SecretKey indexKey;

	private final SecureRandom random = new SecureRandom();

	public PersonalDataCipher(byte[] masterKey) {
		if (masterKey.length != 32) {
			throw new IllegalArgumentException("the personal-data key must be 32 bytes (base64 of 32 random bytes)");
		}
		this.encryptionKey = new SecretKeySpec(derive(masterKey, "weijian/encrypt/v1"), "AES");
		this.indexKey = new SecretKeySpec(derive(masterKey, "weijian/blind-index/v1"), "HmacSHA256");
	}

	public byte[] encrypt(String plain) {
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(VERSION).put(iv).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	public String decrypt(byte[] stored) {
		if (stored.length < 1 + IV_BYTES + TAG_BITS / 8 || stored[0] != VERSION) {
			throw new IllegalArgumentException("not a value sealed by this cipher");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
			byte[] plain = cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("a stored personal-data value failed its integrity check", ex);
		}
	}

	/** A deterministic keyed digest for equality look-ups; reveals nothing without the key. */
	public String blindIndex(String plain) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(indexKey);
			return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private static byte[] derive(byte[] master, String purpose) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(master, "HmacSHA256"));
			return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
