package org.weijian.registry.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
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
 * scope; pages in name order and counts at most {@link SearchResult#COUNT_CAP} hits (ADR 0017).
 */
@Repository
public class SubjectSearch {

	static final String SUMMARY = "id, kind, category_code, name, uscc, region_code, grid_id, licence_reg_no, grade, beds, address, status";

	/** Deep offsets cost a scan of every row before them; past the count cap a narrower search is asked for. */
	static final int MAX_OFFSET = SearchResult.COUNT_CAP;

	private final JdbcClient jdbc;

	private final Regions regions;

	SubjectSearch(JdbcClient jdbc, Regions regions) {
		this.jdbc = jdbc;
		this.regions = regions;
	}

	public SearchResult<SubjectSummary> search(SubjectQuery query, DataScope scope, PageQuery page) {
		if (page.offset() >= MAX_OFFSET) {
			throw org.weijian.shared.error.InvalidInputException.of("page", "error.search.too-deep", MAX_OFFSET);
		}
		Optional<Where> where = where(query, scope);
		if (where.isEmpty()) {
			return SearchResult.of(List.of(), page, 0);
		}
		Where w = where.get();
		List<Object> params = new ArrayList<>(w.params());
		params.add(page.size());
		params.add(page.offset());
		List<SubjectSummary> items = jdbc.sql("SELECT " + SUMMARY + " FROM subject WHERE " + w.sql() + " ORDER BY name, id LIMIT ? OFFSET ?")
			.params(params)
			.query((rs, i) -> new SubjectSummary(rs.getLong(1), SubjectKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), (Long) rs.getObject(7), rs.getString(8), rs.getString(9), (Integer) rs.getObject(10),
					rs.getString(11), SubjectStatus.valueOf(rs.getString(12))))
			.list();
		long counted = page.offset() == 0 && items.size() < page.size() ? items.size() : count(w);
		return SearchResult.of(items, page, counted);
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

	private long count(Where w) {
		return jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM subject WHERE " + w.sql() + " LIMIT " + (SearchResult.COUNT_CAP + 1) + ") c")
			.params(w.params())
			.query(Long.class)
			.single();
	}

	/** A WHERE clause over {@code subject} and its parameters. */
	public record Where(String sql, List<Object> params) {
	}

}
