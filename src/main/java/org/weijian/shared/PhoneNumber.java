package org.weijian.shared;

/**
 * 联系电话 — a mainland China phone number: an 11-digit mobile number ({@code 13812345678}, second digit
 * 3–9) or a landline with its area code ({@code 0427-2345678}: {@code 010} and {@code 02x} are three
 * digits, every other area code four, then a 7- or 8-digit local number). Spaces, hyphens and a
 * {@code +86}/{@code 86} prefix on mobiles are accepted and normalised away; landlines keep one hyphen
 * after the area code. Personal data: store it encrypted and show only {@link #masked()}.
 */
public record PhoneNumber(String value) {

	public PhoneNumber {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException("error.phone.blank");
		}
		String digits = value.strip().replaceAll("[\\s\\-()]", "");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		else if (digits.startsWith("86") && digits.length() == 13) {
			digits = digits.substring(2);
		}
		if (digits.matches("1[3-9]\\d{9}")) {
			value = digits;
		}
		else if (digits.matches("0\\d{9,11}")) {
			int areaLength = digits.startsWith("01") || digits.startsWith("02") ? 3 : 4;
			String local = digits.substring(areaLength);
			if (!local.matches("[2-9]\\d{6,7}")) {
				throw new InvalidValueException("error.phone.format");
			}
			value = digits.substring(0, areaLength) + "-" + local;
		}
		else {
			throw new InvalidValueException("error.phone.format");
		}
	}

	public static PhoneNumber of(String value) {
		return new PhoneNumber(value);
	}

	public boolean mobile() {
		return value.charAt(0) == '1';
	}

	/** Mobiles keep the first three and last four digits ({@code 138****5678}); landlines the area code and last four. */
	public String masked() {
		if (mobile()) {
			return value.substring(0, 3) + "****" + value.substring(7);
		}
		int dash = value.indexOf('-');
		String local = value.substring(dash + 1);
		return value.substring(0, dash + 1) + "*".repeat(local.length() - 4) + local.substring(local.length() - 4);
	}

	@Override
	public String toString() {
		return masked();
	}

}
