package org.weijian.monitoring.lead;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.weijian.monitoring.effectiveness.EffectivenessReport;
import org.weijian.monitoring.effectiveness.RuleEffectiveness;
import org.weijian.shared.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The small rules of the lead workflow that need no database: amounts, stages, what the portal shows, chart bars. */
class LeadRulesTest {

	@Test
	void amountsRecoveredAreExactNonNegativeAndAtMostTwoDecimals() {
		assertThat(Leads.amount("5300")).isEqualTo(new BigDecimal("5300.00"));
		assertThat(Leads.amount(" 1500.25 ")).isEqualTo(new BigDecimal("1500.25"));
		assertThat(Leads.amount("0")).isEqualTo(new BigDecimal("0.00"));
		assertThat(Leads.amount("12.500")).isEqualTo(new BigDecimal("12.50"));
		for (String bad : List.of("-1", "1.005", "abc", "1e3x", "99999999999999999")) {
			assertThatThrownBy(() -> Leads.amount(bad)).as(bad).isInstanceOf(InvalidValueException.class);
		}
	}

	@Test
	void onlyTheFiveWorkingStagesAreOpen() {
		assertThat(LeadStage.OPEN).containsExactly(LeadStage.INITIAL_REVIEW, LeadStage.SECOND_REVIEW, LeadStage.APPEAL, LeadStage.VERIFICATION,
				LeadStage.DISPOSAL);
		assertThat(LeadStage.CONFIRMED.open()).isFalse();
		assertThat(LeadStage.REJECTED_ON_APPEAL.open()).isFalse();
		assertThat(Leads.stage("appeal")).isEqualTo(LeadStage.APPEAL);
		assertThatThrownBy(() -> Leads.stage("DONE")).isInstanceOf(InvalidValueException.class);
	}

	@Test
	void thePortalKeepsTheInstitutionsOwnAnswersActorOnly() {
		Instant at = Instant.parse("2026-12-01T00:00:00Z");
		assertThat(new LeadHistoryEntry("SECOND_CONFIRM", LeadStage.SECOND_REVIEW, LeadStage.APPEAL, "reviewer.panjin", at, null)
			.forInstitution().actor()).isEmpty();
		assertThat(new LeadHistoryEntry("APPEAL_LODGED", LeadStage.APPEAL, LeadStage.VERIFICATION, "institution.demo", at, "理由")
			.forInstitution().actor()).isEqualTo("institution.demo");
	}

	@Test
	void chartBarsScaleToTheLargestRow() {
		RuleEffectiveness a = new RuleEffectiveness("A", 10, 5, 0, 0, 5, new BigDecimal("100.00"), new BigDecimal("80.00"));
		RuleEffectiveness b = new RuleEffectiveness("B", 4, 0, 0, 1, 3, BigDecimal.ZERO, new BigDecimal("20.00"));
		EffectivenessReport report = new EffectivenessReport(null, null, List.of(a, b), a, List.of(), List.of());
		assertThat(report.leadsBar(10)).isEqualTo(EffectivenessReport.BAR);
		assertThat(report.leadsBar(4)).isEqualTo(160);
		assertThat(report.recoveredBar(new BigDecimal("20.00"))).isEqualTo(100);
		assertThat(new EffectivenessReport(null, null, List.of(), a, List.of(), List.of()).leadsBar(3)).isZero();
	}

}
