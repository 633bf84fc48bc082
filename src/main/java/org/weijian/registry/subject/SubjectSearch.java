package org.weijian.registry.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.identity.DataScope;
import org.weijian.region.Regions;
import org.weijian.registry.SearchResult;
import org.weijian.registry.SubjectKind;
import org.weijian.registry.SubjectQuery;
import org.weijian.registry.SubjectStatus;
import org.weijian.registry.SubjectSummary;
import org.weijian.shared.web.PageQuery;

/**
 * Finds subjects by name (prefix or contained characters through the GIN-indexed name grams), credit
 * code or licence registration number (exact or prefix), with filters, always inside the caller's data
 * scope; pages in name order and counts at most {@link SearchResult#COUNT_CAP} hits, or
 * {@link SearchResult#TEXT_COUNT_CAP} for a text search (ADR 0017).
 */
@Repository
public class SubjectSearch {

	static final String SUMMARY = "id, kind, category_code, name, uscc, region_code, grid_id, licence_reg_no, grade, beds, address, status";

	private final JdbcClient jdbc;

	private final Regions regions;

	private final TransactionTemplate readOnly;

	SubjectSearch(JdbcClient jdbc, Regions regions, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	public SearchResult<SubjectSummary> search(SubjectQuery query, DataScope scope, PageQuery page) {
		boolean text = query.q() != null && !SearchText.of(query.q()).isEmpty();
		int cap = text ? SearchResult.TEXT_COUNT_CAP : SearchResult.COUNT_CAP;
		if (page.offset() >= cap) {
			throw org.weijian.shared.error.InvalidInputException.of("page", "error.search.too-deep", cap);
		}
		Optional<Where> where = where(query, scope);
		if (where.isEmpty()) {
			return SearchResult.of(List.of(), page, 0, cap);
		}
		Where w = where.get();
		if (!text) {
			List<SubjectSummary> items = page(w, page);
			long counted = page.offset() == 0 && items.size() < page.size() ? items.size() : count(w, cap);
			return SearchResult.of(items, page, counted, cap);
		}
		SearchText st = SearchText.of(query.q());
		if (st.codeLike() || query.kind() == null) {
			long counted = count(w, cap);
			return SearchResult.of(page(w, page), page, counted, cap);
		}
		return byName(where(query.withoutText(), scope).orElseThrow(), st, page, cap);
	}

	/**
	 * A name search: names that start with the text first, then names that only contain it, each in name
	 * order. The prefix part is a range of the (kind, name, id) index and stops at the page; the rest is
	 * read from the name-gram index, and walked in name order instead when it is large (ADR 0017).
	 */
	private SearchResult<SubjectSummary> byName(Where base, SearchText text, PageQuery page, int cap) {
		List<Object> containsParams = new ArrayList<>();
		String contains = nameCondition(text, containsParams);
		Where prefix = base.and("name LIKE ?", List.of(text.prefixPattern()));
		Where rest = base.and("NOT name LIKE ? AND " + contains, concat(List.of(text.prefixPattern()), containsParams));
		List<SubjectSummary> items = new ArrayList<>(inNameOrderIndex(() -> page(prefix, page.offset(), page.size())));
		long prefixCount = inNameOrderIndex(() -> count(prefix, cap));
		if (prefixCount > cap) {
			return SearchResult.of(items, page, prefixCount, cap);
		}
		long restCount = count(rest, cap - (int) prefixCount);
		if (items.size() < page.size()) {
			int offset = (int) Math.max(0, page.offset() - prefixCount);
			int size = page.size() - items.size();
			items.addAll(prefixCount + restCount > cap ? inNameOrderIndex(() -> page(rest, offset, size)) : page(rest, offset, size));
		}
		return SearchResult.of(items, page, prefixCount + restCount, cap);
	}

	private static List<Object> concat(List<Object> a, List<Object> b) {
		List<Object> out = new ArrayList<>(a);
		out.addAll(b);
		return out;
	}

	private List<SubjectSummary> page(Where w, PageQuery page) {
		return page(w, page.offset(), page.size());
	}

	private List<SubjectSummary> page(Where w, long offset, int size) {
		List<Object> params = new ArrayList<>(w.params());
		params.add(size);
		params.add(offset);
		return jdbc.sql("SELECT " + SUMMARY + " FROM subject WHERE " + w.sql() + " ORDER BY name, id LIMIT ? OFFSET ?")
			.params(params)
			.query((rs, i) -> new SubjectSummary(rs.getLong(1), SubjectKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), (Long) rs.getObject(7), rs.getString(8), rs.getString(9), (Integer) rs.getObject(10),
					rs.getString(11), SubjectStatus.valueOf(rs.getString(12))))
			.list();
	}

	private <T> T inNameOrderIndex(java.util.function.Supplier<T> query) {
		return readOnly.execute(status -> {
			jdbc.sql("SET LOCAL enable_bitmapscan = off").update();
			jdbc.sql("SET LOCAL enable_seqscan = off").update();
			jdbc.sql("SET LOCAL enable_sort = off").update();
			return query.get();
		});
	}

	/** Every matching id in scope, in id order, for exports (no count cap). */
	public Optional<Where> where(SubjectQuery query, DataScope scope) {
		Optional<String> prefix = ScopeFilter.regionPrefix(scope, query.region(), regions);
		if (prefix.isEmpty()) {
			return Optional.empty();
		}
		StringBuilder sql = new StringBuilder("TRUE");
		List<Object> params = new ArrayList<>();
		if (query.kind() != null) {
			sql.append(" AND kind = ?");
			params.add(query.kind().name());
		}
		if (!prefix.get().isEmpty()) {
			sql.append(" AND region_code LIKE ?");
			params.add(prefix.get() + "%");
		}
		if (scope.restrictedToInstitution()) {
			sql.append(" AND id = ?");
			params.add(scope.institutionId());
		}
		if (query.category() != null && !query.category().isBlank()) {
			sql.append(" AND category_code = ?");
			params.add(query.category().strip().toUpperCase(java.util.Locale.ROOT));
		}
		if (query.status() != null) {
			sql.append(" AND status = ?");
			params.add(query.status().name());
		}
		if (query.gridId() != null) {
			sql.append(" AND grid_id = ?");
			params.add(query.gridId());
		}
		if (query.q() != null) {
			SearchText text = SearchText.of(query.q());
			if (!text.isEmpty()) {
				sql.append(" AND (").append(nameCondition(text, params));
				if (text.codeLike()) {
					sql.append(" OR uscc LIKE ? OR licence_reg_no LIKE ?");
					params.add(text.prefixPattern());
					params.add(text.prefixPattern());
				}
				sql.append(")");
			}
		}
		return Optional.of(new Where(sql.toString(), params));
	}

	private static String nameCondition(SearchText text, List<Object> params) {
		List<String> grams = text.grams();
		if (grams.isEmpty()) {
			params.add(text.containsPattern());
			return "upper(name) LIKE ?";
		}
		params.add(SubjectRepository.arrayLiteral(grams));
		params.add(text.containsPattern());
		return "(name_grams @> ?::text[] AND upper(name) LIKE ?)";
	}

	private long count(Where w, int cap) {
		return jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM subject WHERE " + w.sql() + " LIMIT " + (cap + 1) + ") c")
			.params(w.params())
			.query(Long.class)
			.single();
	}

	/** A WHERE clause over {@code subject} and its parameters. */
	public record Where(String sql, List<Object> params) {

		Where and(String condition, List<Object> more) {
			return new Where(sql + " AND " + condition, concat(params, more));
		}

	}

}
