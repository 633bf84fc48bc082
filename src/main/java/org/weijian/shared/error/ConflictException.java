package org.weijian.shared.error;

import java.util.List;

/**
 * The request is well formed but clashes with the current state (a duplicate licence number, a review
 * of a request already decided). Answers 409 and names the field when there is one.
 */
public class ConflictException extends RuntimeException {

	private final String code;

	private final String field;

	private final List<Object> args;

	public ConflictException(String field, String code, Object... args) {
		super(code);
		this.field = field;
		this.code = code;
		this.args = List.of(args);
	}

	public String code() {
		return code;
	}

	public String field() {
		return field;
	}

	public List<Object> args() {
		return args;
	}

}
