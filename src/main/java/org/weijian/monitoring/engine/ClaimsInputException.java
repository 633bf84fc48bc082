package org.weijian.monitoring.engine;

/** Input that cannot be monitored, with the file (and line/column where known) in the message. */
public class ClaimsInputException extends RuntimeException {

	public ClaimsInputException(String message) {
		super(message);
	}

	public ClaimsInputException(String message, Throwable cause) {
		super(message, cause);
	}

}
