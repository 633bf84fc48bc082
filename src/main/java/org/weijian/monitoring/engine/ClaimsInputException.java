package org.weijian.monitoring.engine;

import java.util.List;

/**
 * Input that cannot be monitored, with the file (and line/column where known) in the message; {@link #problems()} lists
 * each problem on its own (file, line, column and reason).
 */
public class ClaimsInputException extends RuntimeException {

	private final List<String> problems;

	public ClaimsInputException(String message) {
		super(message);
		this.problems = List.of(message);
	}

	public ClaimsInputException(String message, Throwable cause) {
		super(message, cause);
		this.problems = List.of(message);
	}

	public ClaimsInputException(String message, List<String> problems) {
		super(message);
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
