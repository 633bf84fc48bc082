package org.weijian.inspection.plan;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rule table {@code inspection_rule}: the law's minimum of inspectors per task (行政处罚法 第四十二条),
 * the default sampling ratios per risk tier and the default publication deadline in working days.
 */
@Component
public class PlanRules {

	static final String MIN_INSPECTORS = "MIN_INSPECTORS_PER_TASK";

	static final String PUBLICATION_DAYS = "DEFAULT_PUBLICATION_WORKING_DAYS";

	private final JdbcClient jdbc;

	PlanRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every rule, by code. */
	public List<PlanRule> all() {
		return jdbc.sql("""
				SELECT code, value, unit, legal_basis, source, confidence, notes, effective_from FROM inspection_rule ORDER BY code""")
			.query((rs, i) -> new PlanRule(rs.getString(1), plain(rs.getBigDecimal(2)), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7), rs.getDate(8).toLocalDate()))
			.list();
	}

	public BigDecimal value(String code) {
		return jdbc.sql("SELECT value FROM inspection_rule WHERE code = ?")
			.param(code)
			.query(BigDecimal.class)
			.optional()
			.map(PlanRules::plain)
			.orElseThrow(() -> new IllegalStateException("inspection_rule " + code + " is missing"));
	}

	/** The fewest inspectors a task may have (行政处罚法 第四十二条: not fewer than two). */
	public int minInspectorsPerTask() {
		return value(MIN_INSPECTORS).intValueExact();
	}

	/** The default ratio of a risk tier {@code A}..{@code D}. */
	public BigDecimal defaultRatio(String tier) {
		return value("DEFAULT_RATIO_" + tier);
	}

	public int defaultPublicationWorkingDays() {
		return value(PUBLICATION_DAYS).intValueExact();
	}

	private static BigDecimal plain(BigDecimal v) {
		BigDecimal r = v.stripTrailingZeros();
		return r.scale() < 0 ? r.setScale(0) : r;
	}

}
