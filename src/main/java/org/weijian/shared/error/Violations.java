package org.weijian.shared.error;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.weijian.shared.InvalidValueException;

/** Collects violations while a record is checked field by field, then throws them all at once. */
public final class Violations {

	private final List<Violation> list = new ArrayList<>();

	public void add(Violation violation) {
		list.add(violation);
	}

	public void add(String field, String code, Object... args) {
		list.add(Violation.of(field, code, args));
	}

	/** Parses a value, recording the value's own failure against {@code field}; null on failure. */
	public <T> @Nullable T parse(String field, @Nullable String raw, Function<String, T> parser) {
		if (raw == null || raw.isBlank()) {
			add(field, "error.field.required");
			return null;
		}
		try {
			return parser.apply(raw);
		}
		catch (InvalidValueException ex) {
			list.add(Violation.of(field, ex));
			return null;
		}
	}

	public void require(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			add(field, "error.field.required");
		}
	}

	public void maxLength(String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			add(field, "error.field.too-long", max);
		}
	}

	/**
	 * The stripped text, or null when blank (noted as {@code error.field.required} if required) or longer
	 * than {@code max} (noted as {@code error.field.too-long}).
	 */
	public @Nullable String text(String field, @Nullable String raw, int max, boolean required) {
		if (raw == null || raw.isBlank()) {
			if (required) {
				add(field, "error.field.required");
			}
			return null;
		}
		String s = raw.strip();
		if (s.length() > max) {
			add(field, "error.field.too-long", max);
			return null;
		}
		return s;
	}

	public boolean isEmpty() {
		return list.isEmpty();
	}

	public List<Violation> list() {
		return List.copyOf(list);
	}

	public void throwIfAny() {
		if (!list.isEmpty()) {
			throw new InvalidInputException(list);
		}
	}

}
