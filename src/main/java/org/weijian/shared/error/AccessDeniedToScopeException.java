package org.weijian.shared.error;

/**
 * The caller may not act on this record (outside their region, department or institution). Answers
 * 403 without naming the record.
 */
public class AccessDeniedToScopeException extends RuntimeException {

	public AccessDeniedToScopeException() {
		super("error.scope.denied");
	}

}
