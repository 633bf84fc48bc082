package org.weijian.monitoring.rulebase;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Version names {@code v1}, {@code v2}, …: ordering and the next free name. */
final class RuleBaseNames {

	private static final Pattern NAME = Pattern.compile("v(\\d{1,9})");

	static final Comparator<String> NEWEST_FIRST = Comparator.comparingLong(RuleBaseNames::number)
		.reversed()
		.thenComparing(Comparator.reverseOrder());

	private RuleBaseNames() {
	}

	static long number(String version) {
		Matcher m = NAME.matcher(version);
		return m.matches() ? Long.parseLong(m.group(1)) : 0;
	}

	static String next(Collection<String> existing) {
		return "v" + (existing.stream().mapToLong(RuleBaseNames::number).max().orElse(0) + 1);
	}

}
