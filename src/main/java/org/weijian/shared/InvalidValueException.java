package org.weijian.shared;

import java.util.List;

/**
 * A value failed its own validation (a bad check character, an impossible date). Carries a stable
 * message key and its arguments; the caller adds the field it came from.
 */
public final class InvalidValueException extends RuntimeException {

	private final String code;

	private final List<Object> args;

	public InvalidValueException(String code, Object... args) {
		super(code + " " + List.of(args));
		this.code = code;
		this.args = List.of(args);
	}

	public String code() {
		return code;
	}

	public List<Object> args() {
		return args;
	}

}
