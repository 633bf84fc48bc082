package org.weijian.shared.web;

import java.util.List;
import java.util.function.Function;

/** One page of a listing, as every list endpoint answers it. */
public record PageResult<T>(List<T> items, int page, int size, long totalElements, int totalPages) {

	public static <T> PageResult<T> of(List<T> items, PageQuery query, long totalElements) {
		int pages = (int) ((totalElements + query.size() - 1) / query.size());
		return new PageResult<>(List.copyOf(items), query.page(), query.size(), totalElements, pages);
	}

	public <R> PageResult<R> map(Function<? super T, ? extends R> mapper) {
		return new PageResult<>(items.stream().<R>map(mapper).toList(), page, size, totalElements, totalPages);
	}

	public boolean hasNext() {
		return page + 1 < totalPages;
	}

	public boolean hasPrevious() {
		return page > 0;
	}

}
