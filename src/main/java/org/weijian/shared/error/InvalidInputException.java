package org.weijian.shared.error;

import java.util.List;

/** The request carried input that breaks one or more rules; nothing was changed. Answers 400. */
public class InvalidInputException extends RuntimeException {

	private final List<Violation> violations;

	public InvalidInputException(List<Violation> violations) {
		super(violations.toString());
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("an invalid-input error needs at least one violation");
		}
		this.violations = List.copyOf(violations);
	}

	public InvalidInputException(Violation violation) {
		this(List.of(violation));
	}

	public static InvalidInputException of(String field, String code, Object... args) {
		return new InvalidInputException(Violation.of(field, code, args));
	}

	public List<Violation> violations() {
		return violations;
	}

}
