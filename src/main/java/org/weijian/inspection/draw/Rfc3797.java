package org.weijian.inspection.draw;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The publicly verifiable selection of RFC 3797 ("Publicly Verifiable Nominations Committee Random
 * Selection"), §4 and §5: the key string built from announced entropy sources, and the selection of
 * {@code k} of {@code n} candidates by {@code MD5(be16(i) ‖ key ‖ be16(i)) mod remaining}.
 */
public final class Rfc3797 {

	/** Selections are numbered with two bytes, so no draw may select more than this many. */
	public static final int MAX_SELECTIONS = 65_535;

	private Rfc3797() {
	}

	/**
	 * The key string of RFC 3797 §4: for each source in the announced order, its integers in ascending
	 * order, each followed by {@code .}, and the source ended by {@code /}.
	 */
	public static String key(List<? extends List<Long>> sources) {
		StringBuilder key = new StringBuilder();
		for (List<Long> source : sources) {
			if (source.isEmpty()) {
				throw new IllegalArgumentException("an entropy source needs at least one value");
			}
			source.stream().sorted().forEach(v -> {
				if (v < 0) {
					throw new IllegalArgumentException("entropy values are non-negative integers: " + v);
				}
				key.append(v).append('.');
			});
			key.append('/');
		}
		return key.toString();
	}

	/**
	 * Selects {@code k} of {@code n} candidates with {@code key}; returns their 0-based positions in the
	 * candidate order, in selection order (RFC 3797 §5).
	 */
	public static List<Integer> select(int n, int k, String key) {
		if (n < 0 || k < 0 || k > n) {
			throw new IllegalArgumentException("cannot select " + k + " of " + n);
		}
		if (k > MAX_SELECTIONS) {
			throw new IllegalArgumentException("at most " + MAX_SELECTIONS + " selections per draw, asked for " + k);
		}
		List<Integer> remaining = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			remaining.add(i);
		}
		byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
		List<Integer> selected = new ArrayList<>(k);
		for (int i = 0; i < k; i++) {
			BigInteger h = new BigInteger(1, md5(i, keyBytes));
			int j = h.mod(BigInteger.valueOf(remaining.size())).intValue();
			selected.add(remaining.remove(j));
		}
		return selected;
	}

	private static byte[] md5(int i, byte[] key) {
		try {
			MessageDigest md5 = MessageDigest.getInstance("MD5");
			byte[] counter = { (byte) (i >>> 8), (byte) i };
			md5.update(counter);
			md5.update(key);
			md5.update(counter);
			return md5.digest();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is a required JDK algorithm", ex);
		}
	}

}
