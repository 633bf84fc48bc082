package org.weijian.inspection.draw;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/** Orders ids by their UTF-8 bytes, unsigned — the order the published draw algorithm names. */
public final class Utf8Order {

	public static final Comparator<String> COMPARATOR = (a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
			b.getBytes(StandardCharsets.UTF_8));

	private Utf8Order() {
	}

}
