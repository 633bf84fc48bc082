package org.weijian.inspection.pool;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.Violations;

/**
 * Checks entered entropy values against the announced sources: one list per source, in the announced
 * order; each list exactly as many values as announced; every value an integer (digits only, no
 * fraction, no exponent) inside the announced range; and no value before its source's publication day
 * (the business date in Asia/Shanghai). Every problem is reported at once, naming the source.
 */
final class EntropyValues {

	private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,18}");

	private EntropyValues() {
	}

	/**
	 * The values as integers, or {@link InvalidInputException} naming field {@code values[i]} (or
	 * {@code values} for the number of lists) with a stable code.
	 *
	 * @param entered the raw values per source as text tokens (JSON integers in their plain form)
	 * @param today the business date in Asia/Shanghai
	 */
	static List<List<Long>> check(List<SourceShape> sources, @Nullable List<List<String>> entered, LocalDate today) {
		Violations v = new Violations();
		for (int i = 0; i < sources.size(); i++) {
			SourceShape s = sources.get(i);
			if (today.isBefore(s.availableOn())) {
				v.add(field(i), "error.inspection.draw.too-early", s.name(), s.availableOn().toString(), today.toString());
			}
		}
		if (entered == null || entered.size() != sources.size()) {
			v.add("values", "error.inspection.draw.source-count", sources.size(), entered == null ? 0 : entered.size());
			v.throwIfAny();
		}
		List<List<Long>> out = new ArrayList<>(sources.size());
		for (int i = 0; i < sources.size(); i++) {
			SourceShape s = sources.get(i);
			List<String> raw = entered.get(i) == null ? List.of() : entered.get(i);
			if (raw.size() != s.count()) {
				v.add(field(i), "error.inspection.draw.value-count", s.name(), s.count(), raw.size());
			}
			List<Long> values = new ArrayList<>(raw.size());
			for (String token : raw) {
				String t = token == null ? "" : token.strip();
				if (!INTEGER.matcher(t).matches()) {
					v.add(field(i), "error.inspection.draw.value-integer", s.name(), t);
					continue;
				}
				long value = Long.parseLong(t);
				if (value < s.min() || value > s.max()) {
					v.add(field(i), "error.inspection.draw.value-range", s.name(), String.valueOf(value), String.valueOf(s.min()),
							String.valueOf(s.max()));
				}
				values.add(value);
			}
			out.add(List.copyOf(values));
		}
		v.throwIfAny();
		return List.copyOf(out);
	}

	/** Splits a form field such as {@code 3 9 14；20 27} into tokens on white space, commas and semicolons. */
	static List<String> tokens(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return List.of(text.strip().split("[\\s,，;；、]+"));
	}

	private static String field(int source) {
		return "values[" + source + "]";
	}

}
