package org.weijian.registry;

import java.util.List;
import java.util.function.Function;

import org.weijian.shared.web.PageQuery;

/**
 * One page of search hits. {@code totalElements} is exact up to {@link #COUNT_CAP}; beyond it the count
 * stops there and {@code totalCapped} says so (counting every hit of a broad search costs more than the
 * page itself, see ADR 0017).
 */
public record SearchResult<T>(List<T> items, int page, int size, long totalElements, int totalPages, boolean totalCapped) {

	public static final int COUNT_CAP = 10_000;

	/** The cap for a search with text: a name fragment can match most of the register. */
	public static final int TEXT_COUNT_CAP = 1_000;

	public static <T> SearchResult<T> of(List<T> items, PageQuery query, long counted) {
		return of(items, query, counted, COUNT_CAP);
	}

	public static <T> SearchResult<T> of(List<T> items, PageQuery query, long counted, int cap) {
		boolean capped = counted > cap;
		long total = Math.min(counted, cap);
		int pages = (int) ((total + query.size() - 1) / query.size());
		return new SearchResult<>(List.copyOf(items), query.page(), query.size(), total, pages, capped);
	}

	public <R> SearchResult<R> map(Function<? super T, ? extends R> mapper) {
		return new SearchResult<>(items.stream().<R>map(mapper).toList(), page, size, totalElements, totalPages, totalCapped);
	}

	public boolean hasNext() {
		return page + 1 < totalPages;
	}

	public boolean hasPrevious() {
		return page > 0;
	}

}
