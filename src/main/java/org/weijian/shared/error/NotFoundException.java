package org.weijian.shared.error;

import java.util.List;

/**
 * The record does not exist, or lies outside the caller's data scope: both answer 404 so that a scope
 * check never tells whether another district's record exists.
 */
public class NotFoundException extends RuntimeException {

	private final String code;

	private final List<Object> args;

	public NotFoundException(String code, Object... args) {
		super(code);
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
