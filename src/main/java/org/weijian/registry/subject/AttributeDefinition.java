package org.weijian.registry.subject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One attribute a category of subject carries beyond the common fields (e.g. a water supplier's daily
 * capacity), defined as data in {@code subject_category.attributes}.
 */
public record AttributeDefinition(String key, Type type, boolean required, @Nullable List<String> options,
		@Nullable BigDecimal min, @Nullable BigDecimal max, String labelZh, String labelEn) {

	public enum Type {

		TEXT, NUMBER, BOOLEAN, DATE, ENUM

	}

	public String label(Locale locale) {
		return "en".equals(locale.getLanguage()) ? labelEn : labelZh;
	}

	/**
	 * The value in its canonical form (a number, true/false, an ISO date, an option code, trimmed text), or
	 * the message key of what is wrong with it, as a {@link Checked}.
	 */
	public Checked check(String raw) {
		String v = raw.strip();
		switch (type) {
			case NUMBER -> {
				try {
					BigDecimal n = new BigDecimal(v);
					if ((min != null && n.compareTo(min) < 0) || (max != null && n.compareTo(max) > 0)) {
						return Checked.error("error.field.range");
					}
					return Checked.ok(n.stripTrailingZeros().toPlainString());
				}
				catch (NumberFormatException ex) {
					return Checked.error("error.field.number");
				}
			}
			case BOOLEAN -> {
				String b = v.toLowerCase(Locale.ROOT);
				if (List.of("true", "yes", "1", "是").contains(b)) {
					return Checked.ok("true");
				}
				if (List.of("false", "no", "0", "否").contains(b)) {
					return Checked.ok("false");
				}
				return Checked.error("error.field.invalid");
			}
			case DATE -> {
				try {
					return Checked.ok(LocalDate.parse(v).toString());
				}
				catch (DateTimeParseException ex) {
					return Checked.error("error.field.date");
				}
			}
			case ENUM -> {
				String code = v.toUpperCase(Locale.ROOT);
				return options != null && options.contains(code) ? Checked.ok(code) : Checked.error("error.field.invalid");
			}
			default -> {
				return v.length() > 500 ? Checked.error("error.field.too-long") : Checked.ok(v);
			}
		}
	}

	public record Checked(@Nullable String value, @Nullable String errorCode) {

		static Checked ok(String value) {
			return new Checked(value, null);
		}

		static Checked error(String code) {
			return new Checked(null, code);
		}

	}

}
