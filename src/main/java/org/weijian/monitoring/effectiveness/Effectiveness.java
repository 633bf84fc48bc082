package org.weijian.monitoring.effectiveness;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.weijian.identity.CurrentUsers;

/**
 * Counts leads per rule code in the caller's region (leads by the year they were raised, in the deployment's
 * time zone, and by the rule-base version that raised them). Amounts count confirmed leads only.
 */
@Service
public class Effectiveness {

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	Effectiveness(JdbcClient jdbc, CurrentUsers currentUsers, Clock clock) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	public EffectivenessReport report(@Nullable Integer year, @Nullable String ruleBaseVersion) {
		String pattern = currentUsers.scope().regionPattern();
		String version = ruleBaseVersion == null || ruleBaseVersion.isBlank() ? null : ruleBaseVersion.strip();
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder(" WHERE region_code LIKE ?");
		params.add(pattern);
		if (year != null) {
			where.append(" AND created_at >= ? AND created_at < ?");
			params.add(Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone()).toInstant()));
			params.add(Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.getZone()).toInstant()));
		}
		if (version != null) {
			where.append(" AND rulebase_version = ?");
			params.add(version);
		}
		List<RuleEffectiveness> rows = jdbc.sql("""
				SELECT rule_code, count(*),
				  count(*) FILTER (WHERE stage = 'CONFIRMED'),
				  count(*) FILTER (WHERE stage = 'DISMISSED'),
				  count(*) FILTER (WHERE stage = 'REJECTED_ON_APPEAL'),
				  count(*) FILTER (WHERE stage NOT IN ('CONFIRMED', 'DISMISSED', 'REJECTED_ON_APPEAL')),
				  COALESCE(sum(amount) FILTER (WHERE stage = 'CONFIRMED' AND level = 'HIT'), 0.00),
				  COALESCE(sum(amount_recovered) FILTER (WHERE stage = 'CONFIRMED'), 0.00)
				FROM monitoring_lead""" + where + " GROUP BY rule_code ORDER BY rule_code")
			.params(params)
			.query((rs, n) -> new RuleEffectiveness(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6), rs.getBigDecimal(7), rs.getBigDecimal(8)))
			.list();
		RuleEffectiveness total = new RuleEffectiveness("", sum(rows, RuleEffectiveness::leads), sum(rows, RuleEffectiveness::confirmed),
				sum(rows, RuleEffectiveness::dismissed), sum(rows, RuleEffectiveness::rejectedOnAppeal), sum(rows, RuleEffectiveness::open),
				rows.stream().map(RuleEffectiveness::amountInvolved).reduce(new BigDecimal("0.00"), BigDecimal::add),
				rows.stream().map(RuleEffectiveness::amountRecovered).reduce(new BigDecimal("0.00"), BigDecimal::add));
		List<Integer> years = jdbc.sql("""
				SELECT DISTINCT CAST(EXTRACT(YEAR FROM created_at AT TIME ZONE ?) AS INT) AS y FROM monitoring_lead
				WHERE region_code LIKE ? ORDER BY y DESC""")
			.params(clock.getZone().getId(), pattern)
			.query(Integer.class)
			.list();
		List<String> versions = jdbc.sql("SELECT DISTINCT rulebase_version FROM monitoring_lead WHERE region_code LIKE ? ORDER BY rulebase_version")
			.param(pattern)
			.query(String.class)
			.list();
		return new EffectivenessReport(year, version, rows, total, years, versions);
	}

	private static long sum(List<RuleEffectiveness> rows, java.util.function.ToLongFunction<RuleEffectiveness> f) {
		return rows.stream().mapToLong(f).sum();
	}

}
