package org.weijian.inspection.draw;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Orders ids by their UTF-8 bytes, unsigned — the order the published draw algorithm names. */
public final class Utf8Order {

	public static final Comparator<String> COMPARATOR = Utf8Order::compare;

	private Utf8Order() {
	}

	/**
	 * Compares by UTF-8 bytes. Java's own order (UTF-16 code units) agrees with it except when a
	 * surrogate (a character outside the BMP) meets a character from U+E000 to U+FFFF, so only then are
	 * the bytes compared.
	 */
	public static int compare(String a, String b) {
		int n = Math.min(a.length(), b.length());
		for (int i = 0; i < n; i++) {
			char x = a.charAt(i);
			char y = b.charAt(i);
			if (x != y) {
				if (x >= 0xD800 || y >= 0xD800) {
					return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
				}
				return x - y;
			}
		}
		return a.length() - b.length();
	}

	/** A sorted copy. */
	public static List<String> sorted(Collection<String> ids) {
		List<String> out = new ArrayList<>(ids);
		out.sort(COMPARATOR);
		return out;
	}

	/** True when the list is strictly ascending (sorted and without duplicates). */
	public static boolean strictlyAscending(List<String> ids) {
		for (int i = 1; i < ids.size(); i++) {
			if (compare(ids.get(i - 1), ids.get(i)) >= 0) {
				return false;
			}
		}
		return true;
	}

}
