package org.weijian.registry.subject;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a Chinese name into overlapping two-character grams ("盘锦市中心医院" → 盘锦, 锦市, 市中, …),
 * stored in a GIN-indexed array so that "contains" searches work under any database locale without a
 * Chinese word segmenter.
 */
public final class NameGrams {

	private NameGrams() {
	}

	public static List<String> of(String name) {
		int[] cps = normalize(name).codePoints().filter(cp -> !Character.isWhitespace(cp)).toArray();
		Set<String> grams = new LinkedHashSet<>();
		for (int i = 0; i + 1 < cps.length; i++) {
			grams.add(new String(cps, i, 2));
		}
		if (cps.length == 1) {
			grams.add(new String(cps, 0, 1));
		}
		return List.copyOf(grams);
	}

	/** Full-width letters and digits to half-width, upper case; what both stored names and queries go through. */
	public static String normalize(String s) {
		StringBuilder b = new StringBuilder(s.length());
		s.codePoints().forEach(cp -> {
			if (cp >= 0xFF01 && cp <= 0xFF5E) {
				cp -= 0xFEE0;
			}
			else if (cp == 0x3000) {
				cp = ' ';
			}
			b.appendCodePoint(cp);
		});
		return b.toString().strip().toUpperCase(Locale.ROOT);
	}

}
