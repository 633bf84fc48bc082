package org.weijian.inspection.draw;

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
		int[] positions = positions(n, k, key);
		List<Integer> selected = new ArrayList<>(k);
		for (int p : positions) {
			selected.add(p);
		}
		return selected;
	}

	/**
	 * {@link #select} as an array. The {@code j}-th remaining candidate is found in a Fenwick tree of the
	 * candidates not yet taken (1 each) by binary-lifting descent, so a draw costs {@code O(n + k log n)}
	 * instead of the {@code O(k·n)} of removing from a list; the results are the same.
	 */
	public static int[] positions(int n, int k, String key) {
		if (n < 0 || k < 0 || k > n) {
			throw new IllegalArgumentException("cannot select " + k + " of " + n);
		}
		if (k > MAX_SELECTIONS) {
			throw new IllegalArgumentException("at most " + MAX_SELECTIONS + " selections per draw, asked for " + k);
		}
		byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
		MessageDigest md5 = md5();
		int[] tree = new int[n + 1];
		for (int i = 1; i <= n; i++) {
			tree[i] = i & -i;
		}
		int top = n == 0 ? 0 : Integer.highestOneBit(n);
		int[] selected = new int[k];
		for (int i = 0; i < k; i++) {
			int remaining = n - i;
			int j = mod(hash(md5, i, keyBytes), remaining);
			// descend to the largest position whose prefix count is <= j: the (j+1)-th remaining is the next one
			int pos = 0;
			int rank = j + 1;
			for (int step = top; step > 0; step >>= 1) {
				int next = pos + step;
				if (next <= n && tree[next] < rank) {
					pos = next;
					rank -= tree[next];
				}
			}
			selected[i] = pos;
			for (int x = pos + 1; x <= n; x += x & -x) {
				tree[x]--;
			}
		}
		return selected;
	}

	/** {@code MD5(be16(i) ‖ key ‖ be16(i))}. */
	public static byte[] hash(int i, String key) {
		return hash(md5(), i, key.getBytes(StandardCharsets.UTF_8));
	}

	/** The digest read as an unsigned big-endian integer, modulo {@code m} ({@code 0 < m}). */
	static int mod(byte[] digest, int m) {
		long r = 0;
		for (byte b : digest) {
			r = ((r << 8) | (b & 0xff)) % m;
		}
		return (int) r;
	}

	private static byte[] hash(MessageDigest md5, int i, byte[] key) {
		byte[] counter = { (byte) (i >>> 8), (byte) i };
		md5.reset();
		md5.update(counter);
		md5.update(key);
		md5.update(counter);
		return md5.digest();
	}

	/** One MD5 per thread: a verifier runs 100,000 small draws, and looking the provider up each time shows. */
	private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("MD5");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is a required JDK algorithm", ex);
		}
	});

	private static MessageDigest md5() {
		return MD5.get();
	}

}
