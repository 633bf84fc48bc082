package org.weijian.shared;

/**
 * 统一社会信用代码 — the 18-character unified social credit code of GB 32100-2015, with its check
 * character (position 18, mod 31) and the embedded 组织机构代码 (GB 11714, positions 9–17, mod 11)
 * verified.
 */
public record Uscc(String value) {

	static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	public Uscc {
		value = normalize(value);
		if (value.length() != 18) {
			throw new InvalidValueException("error.uscc.length", value.length());
		}
		for (int i = 0; i < 18; i++) {
			if (CHARSET.indexOf(value.charAt(i)) < 0) {
				throw new InvalidValueException("error.uscc.character", i + 1, String.valueOf(value.charAt(i)));
			}
		}
		char expected = checkCharacter(value.substring(0, 17));
		if (value.charAt(17) != expected) {
			throw new InvalidValueException("error.uscc.check-character", String.valueOf(expected));
		}
		char orgExpected = organizationCheckCharacter(value.substring(8, 16));
		if (value.charAt(16) != orgExpected) {
			throw new InvalidValueException("error.uscc.organization-check", String.valueOf(orgExpected));
		}
	}

	public static Uscc of(String value) {
		return new Uscc(value);
	}

	/** The six-digit administrative division of the registering authority (positions 3–8). */
	public String registrationDivision() {
		return value.substring(2, 8);
	}

	/** Completes a 17-character body with its check character; used by generators and tests. */
	public static String withCheckCharacter(String first17) {
		return first17 + checkCharacter(first17);
	}

	/** The GB 11714 check character of an 8-character organization code body. */
	public static char organizationCheckCharacter(String body8) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			char c = body8.charAt(i);
			int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
			sum += v * ORG_WEIGHTS[i];
		}
		int check = 11 - (sum % 11);
		return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
	}

	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		int check = 31 - (sum % 31);
		return CHARSET.charAt(check == 31 ? 0 : check);
	}

	private static String normalize(String raw) {
		if (raw == null || raw.isBlank()) {
			throw new InvalidValueException("error.uscc.blank");
		}
		return raw.strip().toUpperCase(java.util.Locale.ROOT);
	}

	@Override
	public String toString() {
		return value;
	}

}
