package org.weijian.inspection.tier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.weijian.inspection.RiskTier;

/** The tables {@code inspection_subject_tier}, {@code inspection_tier_change} and {@code inspection_tier_rule}. */
@Repository
class TierStore {

	/** Up to this many ids are asked for by id; more are answered by one scan of the (small) tier table. */
	static final int BY_ID_LIMIT = 20_000;

	private static final String COLUMNS = "subject_id, region_code, manual_tier, manual_reason, manual_since, key_supervision, key_reason, "
			+ "key_since, version";

	private static final String EFFECTIVE = "CASE WHEN key_supervision THEN 'D' ELSE manual_tier END";

	private final JdbcClient jdbc;

	TierStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(long subjectId, String regionCode, @Nullable RiskTier manualTier, @Nullable String manualReason,
			@Nullable Instant manualSince, boolean keySupervision, @Nullable String keyReason, @Nullable Instant keySince, int version) {

		TierAssignment assignment(RiskTier defaultTier) {
			if (keySupervision) {
				return new TierAssignment(subjectId, RiskTier.D, TierSource.KEY_SUPERVISION, keyReason, keySince);
			}
			if (manualTier != null) {
				return new TierAssignment(subjectId, manualTier, TierSource.MANUAL, manualReason, manualSince);
			}
			return TierAssignment.byDefault(subjectId, defaultTier);
		}

	}

	record NewChange(long subjectId, String regionCode, String action, TierAssignment before, TierAssignment after, String reason) {
	}

	RiskTier defaultTier() {
		return RiskTier.valueOf(jdbc.sql("SELECT value FROM inspection_tier_rule WHERE code = 'DEFAULT_TIER'").query(String.class).single());
	}

	List<TierRule> rules() {
		return jdbc.sql("SELECT code, value, legal_basis, source, confidence, notes FROM inspection_tier_rule ORDER BY code")
			.query((rs, n) -> new TierRule(rs.getString("code"), rs.getString("value"), rs.getString("legal_basis"), rs.getString("source"),
					rs.getString("confidence"), rs.getString("notes")))
			.list();
	}

	/** The rows of these subjects (those that have one), with a single query. */
	Map<Long, Row> rows(Collection<Long> ids) {
		Map<Long, Row> out = new HashMap<>();
		if (ids.isEmpty()) {
			return out;
		}
		if (ids.size() <= BY_ID_LIMIT) {
			jdbc.sql("SELECT " + COLUMNS + " FROM inspection_subject_tier WHERE subject_id = ANY(?)")
				.param(ids.toArray(Long[]::new))
				.query(TierStore::map)
				.list()
				.forEach(r -> out.put(r.subjectId(), r));
			return out;
		}
		Set<Long> wanted = ids instanceof Set<Long> set ? set : new HashSet<>(ids);
		jdbc.sql("SELECT " + COLUMNS + " FROM inspection_subject_tier WHERE key_supervision OR manual_tier IS NOT NULL")
			.query(rs -> {
				long id = rs.getLong("subject_id");
				if (wanted.contains(id)) {
					out.put(id, map(rs, 0));
				}
			});
		return out;
	}

	/** Makes sure each subject has a row (a blank one meaning "default") and locks them for the transaction. */
	Map<Long, Row> lock(Map<Long, String> regionBySubject, String actor, Instant now) {
		Long[] ids = regionBySubject.keySet().toArray(Long[]::new);
		String[] regions = regionBySubject.values().toArray(String[]::new);
		Timestamp at = Timestamp.from(now);
		jdbc.sql("""
				INSERT INTO inspection_subject_tier (subject_id, region_code, created_at, created_by, updated_at, updated_by)
				SELECT s, r, ?, ?, ?, ? FROM unnest(?::bigint[], ?::text[]) AS v(s, r)
				ON CONFLICT (subject_id) DO NOTHING""")
			.params(at, actor, at, actor, ids, regions)
			.update();
		Map<Long, Row> out = new HashMap<>();
		jdbc.sql("SELECT " + COLUMNS + " FROM inspection_subject_tier WHERE subject_id = ANY(?) ORDER BY subject_id FOR UPDATE")
			.param(ids)
			.query(TierStore::map)
			.list()
			.forEach(r -> out.put(r.subjectId(), r));
		return out;
	}

	Optional<Row> find(long subjectId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_subject_tier WHERE subject_id = ?").param(subjectId).query(TierStore::map).optional();
	}

	/** Sets (tier and reason) or clears (both null) the manual tiers of locked rows. */
	void setManual(List<Long> ids, List<String> regions, List<@Nullable String> tiers, List<@Nullable String> reasons, String actor,
			Instant now) {
		jdbc.sql("""
				UPDATE inspection_subject_tier t SET region_code = v.r, manual_tier = v.tier, manual_reason = v.reason,
				  manual_since = CASE WHEN v.tier IS NULL THEN NULL ELSE ?::timestamptz END, updated_at = ?, updated_by = ?, version = t.version + 1
				FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[]) AS v(s, r, tier, reason)
				WHERE t.subject_id = v.s""")
			.params(Timestamp.from(now), Timestamp.from(now), actor, ids.toArray(Long[]::new), regions.toArray(String[]::new),
					tiers.toArray(String[]::new), reasons.toArray(String[]::new))
			.update();
	}

	void setListing(long subjectId, String regionCode, boolean listed, @Nullable String reason, String actor, Instant now) {
		jdbc.sql("""
				UPDATE inspection_subject_tier SET region_code = ?, key_supervision = ?, key_reason = ?, key_since = ?, updated_at = ?,
				  updated_by = ?, version = version + 1 WHERE subject_id = ?""")
			.params(regionCode, listed, reason, listed ? Timestamp.from(now) : null, Timestamp.from(now), actor, subjectId)
			.update();
	}

	void append(List<NewChange> changes, String actor, Instant now) {
		if (changes.isEmpty()) {
			return;
		}
		int n = changes.size();
		Long[] subject = new Long[n];
		String[] region = new String[n];
		String[] action = new String[n];
		String[] tierBefore = new String[n];
		String[] sourceBefore = new String[n];
		String[] tierAfter = new String[n];
		String[] sourceAfter = new String[n];
		String[] reason = new String[n];
		for (int i = 0; i < n; i++) {
			NewChange c = changes.get(i);
			subject[i] = c.subjectId();
			region[i] = c.regionCode();
			action[i] = c.action();
			tierBefore[i] = c.before().tier().name();
			sourceBefore[i] = c.before().source().name();
			tierAfter[i] = c.after().tier().name();
			sourceAfter[i] = c.after().source().name();
			reason[i] = c.reason();
		}
		jdbc.sql("""
				INSERT INTO inspection_tier_change (subject_id, region_code, action, tier_before, source_before, tier_after, source_after,
				  reason, changed_at, changed_by)
				SELECT s, r, a, tb, sb, ta, sa, why, ?, ? FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
				  ?::text[], ?::text[]) WITH ORDINALITY AS v(s, r, a, tb, sb, ta, sa, why, n) ORDER BY n""")
			.params(Timestamp.from(now), actor, subject, region, action, tierBefore, sourceBefore, tierAfter, sourceAfter, reason)
			.update();
	}

	List<TierHistoryEntry> history(long subjectId) {
		return jdbc.sql("""
				SELECT id, subject_id, action, tier_before, source_before, tier_after, source_after, reason, changed_at, changed_by
				FROM inspection_tier_change WHERE subject_id = ? ORDER BY id DESC""")
			.param(subjectId)
			.query((rs, n) -> new TierHistoryEntry(rs.getLong("id"), rs.getLong("subject_id"), rs.getString("action"),
					RiskTier.valueOf(rs.getString("tier_before")), TierSource.valueOf(rs.getString("source_before")),
					RiskTier.valueOf(rs.getString("tier_after")), TierSource.valueOf(rs.getString("source_after")), rs.getString("reason"),
					rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by")))
			.list();
	}

	/** Subjects with a non-default tier in the region pattern, filtered by effective tier and/or source, newest change first. */
	List<Row> assigned(String regionPattern, @Nullable RiskTier tier, @Nullable TierSource source, int limit, long offset) {
		Filter f = filter(regionPattern, tier, source);
		return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_subject_tier WHERE " + f.where + " ORDER BY updated_at DESC, subject_id LIMIT ? OFFSET ?")
			.params(append(f.params, limit, offset))
			.query(TierStore::map)
			.list();
	}

	long countAssigned(String regionPattern, @Nullable RiskTier tier, @Nullable TierSource source) {
		Filter f = filter(regionPattern, tier, source);
		return jdbc.sql("SELECT count(*) FROM inspection_subject_tier WHERE " + f.where).params(f.params).query(Long.class).single();
	}

	private record Filter(String where, List<Object> params) {
	}

	private static Filter filter(String regionPattern, @Nullable RiskTier tier, @Nullable TierSource source) {
		StringBuilder where = new StringBuilder("region_code LIKE ?");
		List<Object> params = new java.util.ArrayList<>(List.of(regionPattern));
		if (source == TierSource.KEY_SUPERVISION) {
			where.append(" AND key_supervision");
		}
		else if (source == TierSource.MANUAL) {
			where.append(" AND NOT key_supervision AND manual_tier IS NOT NULL");
		}
		else {
			where.append(" AND (key_supervision OR manual_tier IS NOT NULL)");
		}
		if (tier != null) {
			where.append(" AND ").append(EFFECTIVE).append(" = ?");
			params.add(tier.name());
		}
		return new Filter(where.toString(), params);
	}

	private static List<Object> append(List<Object> params, Object... more) {
		List<Object> all = new java.util.ArrayList<>(params);
		all.addAll(List.of(more));
		return all;
	}

	private static Row map(ResultSet rs, int n) throws SQLException {
		String manual = rs.getString("manual_tier");
		return new Row(rs.getLong("subject_id"), rs.getString("region_code"), manual == null ? null : RiskTier.valueOf(manual.strip()),
				rs.getString("manual_reason"), instant(rs.getTimestamp("manual_since")), rs.getBoolean("key_supervision"),
				rs.getString("key_reason"), instant(rs.getTimestamp("key_since")), rs.getInt("version"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
