package org.weijian.shared.web;

import org.jspecify.annotations.Nullable;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.Violation;

/** A validated page request: zero-based page number and a bounded page size. */
public record PageQuery(int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 200;

	public PageQuery {
		if (page < 0) {
			throw new InvalidInputException(Violation.of("page", "error.page.negative"));
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInputException(Violation.of("size", "error.page.size", MAX_SIZE));
		}
	}

	public static PageQuery of(@Nullable Integer page, @Nullable Integer size) {
		return new PageQuery(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
	}

	public long offset() {
		return (long) page * size;
	}

}
