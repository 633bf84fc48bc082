package org.weijian.registry.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.DataScope;
import org.weijian.registry.PoolMember;
import org.weijian.registry.SubjectQuery;
import org.weijian.registry.SubjectStatus;

/**
 * Streams the operating subjects matching a filter for an inspection pool, without the caller's scope
 * (the plan's region decides) and without a count cap: one read through a server-side cursor in id
 * order, so a million rows cost one pass and little memory in the driver.
 */
@Repository
public class SubjectPool {

	private static final int FETCH_SIZE = 10_000;

	private final SubjectSearch search;

	private final JdbcTemplate cursor;

	SubjectPool(SubjectSearch search, DataSource dataSource) {
		this.search = search;
		this.cursor = new JdbcTemplate(dataSource);
		this.cursor.setFetchSize(FETCH_SIZE);
	}

	/** Every {@link SubjectStatus#OPERATING} subject matching the kind, category, region and grid filters. */
	@Transactional(readOnly = true)
	public List<PoolMember> members(SubjectQuery filter) {
		SubjectQuery q = new SubjectQuery(null, filter.kind(), filter.category(), filter.region(), SubjectStatus.OPERATING,
				filter.gridId());
		Optional<SubjectSearch.Where> where = search.where(q, DataScope.EVERYTHING);
		if (where.isEmpty()) {
			return List.of();
		}
		List<PoolMember> members = new ArrayList<>();
		cursor.query("SELECT id, name, category_code, region_code FROM subject WHERE " + where.get().sql() + " ORDER BY id",
				rs -> {
					members.add(new PoolMember(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
				}, where.get().params().toArray());
		return members;
	}

}
