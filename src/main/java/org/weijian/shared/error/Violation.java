package org.weijian.shared.error;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.weijian.shared.InvalidValueException;

/**
 * One broken input rule: where (an optional import row and the field or column), a stable message key
 * and the key's arguments. Messages are resolved per locale only when shown.
 */
public record Violation(@Nullable Integer row, String field, String code, List<Object> args) {

	public Violation {
		args = List.copyOf(args);
	}

	public static Violation of(String field, String code, Object... args) {
		return new Violation(null, field, code, List.of(args));
	}

	public static Violation of(String field, InvalidValueException ex) {
		return new Violation(null, field, ex.code(), ex.args());
	}

	public Violation atRow(int row) {
		return new Violation(row, field, code, args);
	}

}
