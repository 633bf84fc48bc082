package org.weijian.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.DataScope;
import org.weijian.shared.DivisionCode;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/**
 * Aggregates over the operating subjects ({@link SubjectStatus#OPERATING}) for other modules' statistics,
 * e.g. inspection coverage (全覆盖): counts per category and county, and the subjects outside a given
 * set. Always inside the caller's data scope, further limited to a region subtree.
 */
@Service
public class SubjectCounts {

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	SubjectCounts(JdbcClient jdbc, CurrentUsers currentUsers) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
	}

	/**
	 * Operating subjects in the caller's scope and in {@code regionCode}'s subtree (null: the whole scope)
	 * per category and county, each with how many of them are among {@code marked}; by county, then
	 * category code.
	 */
	public List<SubjectTally> byCategoryAndCounty(@Nullable String regionCode, Collection<Long> marked) {
		DataScope scope = currentUsers.scope();
		return jdbc.sql("""
				WITH marked AS (SELECT DISTINCT unnest(?::bigint[]) AS id)
				SELECT s.category_code, substr(s.region_code, 1, 6) AS county, count(*) AS operating, count(m.id) AS marked
				FROM subject s LEFT JOIN marked m ON m.id = s.id
				WHERE s.status = 'OPERATING' AND s.region_code LIKE ? AND s.region_code LIKE ?
				  AND (?::bigint IS NULL OR s.id = ?::bigint)
				GROUP BY s.category_code, county ORDER BY county, s.category_code""")
			.params(array(marked), scope.regionPattern(), pattern(regionCode), scope.institutionId(), scope.institutionId())
			.query((rs, n) -> new SubjectTally(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

	/**
	 * Operating subjects in the caller's scope and in {@code regionCode}'s subtree (null: the whole scope),
	 * optionally of one category, that are not among {@code excluded}; by region code, then name.
	 */
	public PageResult<SubjectSummary> operatingExcept(@Nullable String regionCode, @Nullable String categoryCode,
			Collection<Long> excluded, PageQuery page) {
		DataScope scope = currentUsers.scope();
		String where = " " + """
				FROM subject s WHERE s.status = 'OPERATING' AND s.region_code LIKE ? AND s.region_code LIKE ?
				  AND (?::bigint IS NULL OR s.id = ?::bigint) AND (?::text IS NULL OR s.category_code = ?::text)
				  AND NOT EXISTS (SELECT 1 FROM excluded e WHERE e.id = s.id)""";
		String with = "WITH excluded AS (SELECT DISTINCT unnest(?::bigint[]) AS id) ";
		Object[] params = { array(excluded), scope.regionPattern(), pattern(regionCode), scope.institutionId(), scope.institutionId(),
				categoryCode, categoryCode };
		long total = jdbc.sql(with + "SELECT count(*)" + where).params(params).query(Long.class).single();
		List<SubjectSummary> items = jdbc.sql(with + """
				SELECT s.id, s.kind, s.category_code, s.name, s.uscc, s.region_code, s.grid_id, s.licence_reg_no, s.grade, s.beds,
				  s.address, s.status""" + where + " ORDER BY s.region_code, s.name, s.id LIMIT " + page.size() + " OFFSET " + page.offset())
			.params(params)
			.query(SubjectCounts::summary)
			.list();
		return PageResult.of(items, page, total);
	}

	private static String pattern(@Nullable String regionCode) {
		return regionCode == null || regionCode.isBlank() ? "%" : DivisionCode.significantPrefix(regionCode) + "%";
	}

	private static String array(Collection<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

	private static SubjectSummary summary(ResultSet rs, int row) throws SQLException {
		long grid = rs.getLong("grid_id");
		Long gridId = rs.wasNull() ? null : grid;
		int beds = rs.getInt("beds");
		Integer bedCount = rs.wasNull() ? null : beds;
		return new SubjectSummary(rs.getLong("id"), SubjectKind.valueOf(rs.getString("kind")), rs.getString("category_code"),
				rs.getString("name"), rs.getString("uscc"), rs.getString("region_code"), gridId, rs.getString("licence_reg_no"),
				rs.getString("grade"), bedCount, rs.getString("address"), SubjectStatus.valueOf(rs.getString("status")));
	}

}
