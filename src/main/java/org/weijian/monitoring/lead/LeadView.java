package org.weijian.monitoring.lead;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A lead as lists and the API show it. {@code amount} is the finding's amount (a hit's fee, a warning's
 * value); {@code dueAt} the current stage's time limit (null once closed); {@code overdue} whether it passed.
 */
public record LeadView(long id, long findingId, long runId, long datasetId, String ruleCode, String ruleBaseVersion, String level,
		String fixmedinsCode, BigDecimal amount, String regionCode, LeadStage stage, Instant stageEnteredAt, @Nullable Instant dueAt,
		boolean overdue, @Nullable String initialReviewedBy, @Nullable Long subjectId, @Nullable Instant appealOpenedAt,
		@Nullable AppealAnswer appealAnswer, @Nullable String appealStatement, List<String> measures,
		@Nullable BigDecimal amountRecovered, @Nullable Instant decidedAt, Instant createdAt, int version) {

	/** The lead as the institution's portal shows it: without the name of the office's reviewer. */
	LeadView forInstitution() {
		return new LeadView(id, findingId, runId, datasetId, ruleCode, ruleBaseVersion, level, fixmedinsCode, amount, regionCode, stage,
				stageEnteredAt, dueAt, overdue, null, subjectId, appealOpenedAt, appealAnswer, appealStatement, measures, amountRecovered,
				decidedAt, createdAt, version);
	}

	public String levelKey() {
		return "monitoring.lead.level." + level;
	}

}
