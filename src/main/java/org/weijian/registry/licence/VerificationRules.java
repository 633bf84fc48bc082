package org.weijian.registry.licence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 校验周期 — the verification intervals of {@code verification_rule}: a licence's next 校验 falls the rule's
 * interval after its last one (or after its validity began), the rule chosen by the holder's approved beds.
 */
@Repository
public class VerificationRules {

	/** One row of the rule table, with its legal basis. */
	public record Rule(long id, String ruleSet, int minBeds, @Nullable Integer maxBeds, int intervalYears, String legalBasis,
			String confidence, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo) {

		boolean covers(int beds) {
			return beds >= minBeds && (maxBeds == null || beds < maxBeds);
		}

	}

	private final JdbcClient jdbc;

	VerificationRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every row; a handful, read each time so that an administrator's change applies at once. */
	public List<Rule> all() {
		return jdbc.sql("SELECT * FROM verification_rule ORDER BY rule_set, effective_from, min_beds").query((rs, n) -> {
			int max = rs.getInt("max_beds");
			Integer maxBeds = rs.wasNull() ? null : max;
			java.sql.Date to = rs.getDate("effective_to");
			return new Rule(rs.getLong("id"), rs.getString("rule_set"), rs.getInt("min_beds"), maxBeds, rs.getInt("interval_years"),
					rs.getString("legal_basis"), rs.getString("confidence"), rs.getDate("effective_from").toLocalDate(),
					to == null ? null : to.toLocalDate());
		}).list();
	}

	/** The rule in force on {@code on} for a holder with {@code beds} approved beds (none counts as 0). */
	public Optional<Rule> applicable(@Nullable String ruleSet, @Nullable Integer beds, LocalDate on) {
		return applicable(all(), ruleSet, beds, on);
	}

	/** As {@link #applicable(String, Integer, LocalDate)} over rows already read (for batches). */
	public static Optional<Rule> applicable(List<Rule> rules, @Nullable String ruleSet, @Nullable Integer beds, LocalDate on) {
		if (ruleSet == null) {
			return Optional.empty();
		}
		int b = beds == null ? 0 : beds;
		return rules.stream()
			.filter(r -> r.ruleSet().equals(ruleSet) && r.covers(b) && !r.effectiveFrom().isAfter(on)
					&& (r.effectiveTo() == null || r.effectiveTo().isAfter(on)))
			.max(java.util.Comparator.comparing(Rule::effectiveFrom));
	}

	/** The next 校验 due date counted from {@code from}, or null when the kind has no cycle. */
	public @Nullable LocalDate nextDue(@Nullable String ruleSet, @Nullable Integer beds, LocalDate from) {
		return nextDue(all(), ruleSet, beds, from);
	}

	public static @Nullable LocalDate nextDue(List<Rule> rules, @Nullable String ruleSet, @Nullable Integer beds, LocalDate from) {
		return applicable(rules, ruleSet, beds, from).map(r -> from.plusYears(r.intervalYears())).orElse(null);
	}

}
