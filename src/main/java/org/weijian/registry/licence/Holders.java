package org.weijian.registry.licence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.weijian.identity.DataScope;
import org.weijian.registry.LicenceHolder;
import org.weijian.registry.SubjectKind;

/** Reads the subjects that hold licences (the registry's own {@code subject} table; read only). */
@Repository
public class Holders {

	private static final String COLUMNS = "id, kind, category_code, name, region_code, licence_reg_no, beds";

	private final JdbcClient jdbc;

	Holders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<LicenceHolder> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM subject WHERE id = ?").param(id).query(Holders::map).optional();
	}

	public Map<Long, LicenceHolder> findAll(Collection<Long> ids) {
		Map<Long, LicenceHolder> out = new HashMap<>();
		List<Long> list = List.copyOf(ids);
		for (int from = 0; from < list.size(); from += 1000) {
			Long[] chunk = list.subList(from, Math.min(list.size(), from + 1000)).toArray(Long[]::new);
			jdbc.sql("SELECT " + COLUMNS + " FROM subject WHERE id = ANY(?)")
				.param(chunk)
				.query(Holders::map)
				.list()
				.forEach(h -> out.put(h.id(), h));
		}
		return out;
	}

	/**
	 * Operating subjects of a kind whose region starts with {@code regionPrefix}, in id order after
	 * {@code afterId} (keyset paging for long walks such as the demo loader's).
	 */
	public List<LicenceHolder> operating(SubjectKind kind, String regionPrefix, long afterId, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM subject WHERE kind = ? AND status = 'OPERATING' AND region_code LIKE ? AND id > ? "
				+ "ORDER BY id LIMIT ?")
			.params(kind.name(), regionPrefix + "%", afterId, limit)
			.query(Holders::map)
			.list();
	}

	/**
	 * As {@link #operating}, leaving out subjects that already hold a licence of {@code licenceKind} (fewer
	 * than {@code limit} only at the end). Pages of subjects are checked against {@code licence} by id
	 * rather than by an anti-join, whose plan degrades while a bulk load fills {@code licence} faster than
	 * the statistics follow.
	 */
	public List<LicenceHolder> operatingWithout(SubjectKind kind, String licenceKind, String regionPrefix, long afterId, int limit) {
		List<LicenceHolder> out = new java.util.ArrayList<>();
		long cursor = afterId;
		while (out.size() < limit) {
			List<LicenceHolder> page = operating(kind, regionPrefix, cursor, limit);
			if (page.isEmpty()) {
				break;
			}
			Long[] ids = page.stream().map(LicenceHolder::id).toArray(Long[]::new);
			java.util.Set<Long> licensed = new java.util.HashSet<>(jdbc
				.sql("SELECT holder_id FROM licence WHERE holder_id = ANY(?) AND kind_code = ?")
				.params(ids, licenceKind)
				.query(Long.class)
				.list());
			for (LicenceHolder h : page) {
				if (out.size() == limit) {
					return out;
				}
				if (!licensed.contains(h.id())) {
					out.add(h);
				}
			}
			if (page.size() < limit) {
				break;
			}
			cursor = page.get(page.size() - 1).id();
		}
		return out;
	}

	/** Subjects in the scope counted per category: category code, Chinese and English name, count. */
	public List<Map<String, Object>> countByCategory(DataScope scope) {
		return jdbc.sql("""
				SELECT c.code, c.name_zh, c.name_en, c.kind, count(s.id) AS n
				FROM subject s JOIN subject_category c ON c.code = s.category_code
				WHERE s.region_code LIKE ? AND s.status <> 'CANCELLED' AND (?::bigint IS NULL OR s.id = ?::bigint)
				GROUP BY c.code, c.name_zh, c.name_en, c.kind, c.sort_order ORDER BY c.sort_order""")
			.params(scope.regionPattern(), scope.institutionId(), scope.institutionId())
			.query((rs, n) -> Map.<String, Object>of("code", rs.getString(1), "nameZh", rs.getString(2), "nameEn", rs.getString(3),
					"kind", rs.getString(4), "count", rs.getLong(5)))
			.list();
	}

	/** Subjects in the scope counted per county (the first six digits of their region code). */
	public Map<String, Long> countByCounty(DataScope scope) {
		Map<String, Long> out = new java.util.LinkedHashMap<>();
		jdbc.sql("""
				SELECT substr(region_code, 1, 6) AS county, count(*) FROM subject
				WHERE region_code LIKE ? AND status <> 'CANCELLED' AND (?::bigint IS NULL OR id = ?::bigint)
				GROUP BY county ORDER BY county""")
			.params(scope.regionPattern(), scope.institutionId(), scope.institutionId())
			.query((rs, n) -> out.put(rs.getString(1), rs.getLong(2)))
			.list();
		return out;
	}

	private static LicenceHolder map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		int beds = rs.getInt("beds");
		@Nullable Integer b = rs.wasNull() ? null : beds;
		return new LicenceHolder(rs.getLong("id"), SubjectKind.valueOf(rs.getString("kind")), rs.getString("category_code"),
				rs.getString("name"), rs.getString("region_code"), rs.getString("licence_reg_no"), b);
	}

}
