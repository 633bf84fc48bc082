package org.weijian.monitoring.rulebase;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.weijian.monitoring.engine.RuleParameter;

/** The {@code monitoring_rulebase} tables: versions are inserted once and never updated (but for their ledger link). */
@Repository
class RuleBaseStore {

	private final JdbcClient jdbc;

	RuleBaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Serialises version creation (names are assigned in sequence) for the rest of the transaction. */
	void lock() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('monitoring_rulebase'))").query(Object.class).single();
	}

	boolean exists(String version) {
		return jdbc.sql("SELECT count(*) FROM monitoring_rulebase WHERE version = ?").param(version).query(Long.class).single() > 0;
	}

	List<String> versions() {
		return jdbc.sql("SELECT version FROM monitoring_rulebase").query(String.class).list();
	}

	void insert(String version, @Nullable String basedOn, String note, String sha256, List<RuleParameter> parameters, String actor,
			Instant at) {
		jdbc.sql("""
				INSERT INTO monitoring_rulebase (version, based_on, note, content_sha256, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?)""").params(version, basedOn, note, sha256, Timestamp.from(at), actor).update();
		for (RuleParameter p : parameters) {
			jdbc.sql("INSERT INTO monitoring_rulebase_parameter (version, rule_code, parameter, value, legal_basis) VALUES (?, ?, ?, ?, ?)")
				.params(version, p.ruleCode(), p.parameter(), p.value(), p.legalBasis())
				.update();
		}
	}

	void linkLedger(String version, long leafIndex, String leafHashHex) {
		jdbc.sql("UPDATE monitoring_rulebase SET ledger_leaf_index = ?, ledger_leaf_hash = ? WHERE version = ?")
			.params(leafIndex, leafHashHex, version)
			.update();
	}

	Optional<RuleBaseView> find(String version) {
		return jdbc.sql("""
				SELECT version, based_on, note, content_sha256, created_at, created_by, ledger_leaf_index, ledger_leaf_hash
				FROM monitoring_rulebase WHERE version = ?""").param(version).query((rs, i) -> new RuleBaseView(rs.getString(1),
				rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6),
				(Long) rs.getObject(7, Long.class), rs.getString(8), parameters(rs.getString(1)))).optional();
	}

	/** Every version, the newest (highest number) first. */
	List<RuleBaseView> all() {
		return versions().stream()
			.sorted(RuleBaseNames.NEWEST_FIRST)
			.map(v -> find(v).orElseThrow())
			.toList();
	}

	List<RuleParameter> parameters(String version) {
		return jdbc.sql("""
				SELECT rule_code, parameter, value, legal_basis FROM monitoring_rulebase_parameter WHERE version = ?
				ORDER BY rule_code, parameter""").param(version)
			.query((rs, i) -> new RuleParameter(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

}
