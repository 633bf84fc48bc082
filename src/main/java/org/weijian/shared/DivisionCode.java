package org.weijian.shared;

/**
 * 行政区划代码 — an administrative division code: six digits of GB/T 2260 for provinces
 * ({@code 210000}), cities ({@code 211100}) and counties ({@code 211102}); nine digits for towns and
 * streets ({@code 211102001}, the first nine of the 12-digit statistical code). Whether a code exists
 * is the region module's business; this type checks only its shape.
 */
public record DivisionCode(String value) {

	public DivisionCode {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException("error.division.blank");
		}
		value = value.strip();
		if (value.length() == 12 && value.endsWith("000") && value.matches("\\d{12}")) {
			String town = value.substring(0, 9);
			value = town.endsWith("000") ? town.substring(0, 6) : town;
		}
		if (!value.matches("\\d{6}|\\d{9}") || value.startsWith("00")) {
			throw new InvalidValueException("error.division.format", value);
		}
	}

	public static DivisionCode of(String value) {
		return new DivisionCode(value);
	}

	/**
	 * The significant prefix that every division below this one starts with: {@code 21} for a
	 * province, {@code 2111} for a city, {@code 211102} for a county, all nine digits for a town.
	 */
	public String prefix() {
		return significantPrefix(value);
	}

	public static String significantPrefix(String code) {
		if (code.length() == 9) {
			return code;
		}
		if (code.endsWith("0000")) {
			return code.substring(0, 2);
		}
		if (code.endsWith("00")) {
			return code.substring(0, 4);
		}
		return code;
	}

	/** True when {@code other} is this division or lies beneath it. */
	public boolean covers(DivisionCode other) {
		return other.value.startsWith(prefix());
	}

	/** The 12-digit statistical code (统计用区划代码). */
	public String statisticalCode() {
		return value.length() == 9 ? value + "000" : value + "000000";
	}

	@Override
	public String toString() {
		return value;
	}

}
