package org.weijian.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * 居民身份证号 — an 18-character resident identity number of GB 11643-1999: a GB/T 2260 address code,
 * a birth date, a sequence whose parity gives the sex, and a mod-11 check character. Personal data:
 * store it encrypted and show only {@link #masked()}.
 */
public record IdNumber(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	public IdNumber {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException("error.id-number.blank");
		}
		value = value.strip().toUpperCase(Locale.ROOT);
		if (!value.matches("\\d{17}[0-9X]")) {
			throw new InvalidValueException("error.id-number.format");
		}
		parseBirthDate(value);
		char expected = checkCharacter(value.substring(0, 17));
		if (value.charAt(17) != expected) {
			throw new InvalidValueException("error.id-number.check-digit", String.valueOf(expected));
		}
	}

	public static IdNumber of(String value) {
		return new IdNumber(value);
	}

	public LocalDate birthDate() {
		return parseBirthDate(value);
	}

	public boolean male() {
		return (value.charAt(16) - '0') % 2 == 1;
	}

	/** First four and last four characters, the rest starred: {@code 2101**********1234}. */
	public String masked() {
		return mask(value);
	}

	/** Masks any identifier the same way, keeping four characters at each end. */
	public static String mask(String raw) {
		if (raw.length() <= 8) {
			return "*".repeat(raw.length());
		}
		return raw.substring(0, 4) + "*".repeat(raw.length() - 8) + raw.substring(raw.length() - 4);
	}

	/** Completes a 17-digit body with its check character; used by generators and tests. */
	public static String withCheckCharacter(String first17) {
		return first17 + checkCharacter(first17);
	}

	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	private static LocalDate parseBirthDate(String v) {
		try {
			return LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
					Integer.parseInt(v.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			throw new InvalidValueException("error.id-number.birth-date", v.substring(6, 14));
		}
	}

	@Override
	public String toString() {
		return masked();
	}

}
