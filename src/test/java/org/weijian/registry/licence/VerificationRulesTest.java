package org.weijian.registry.licence;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationRulesTest {

	static final LocalDate START = LocalDate.of(1994, 9, 1);

	final List<VerificationRules.Rule> rules = List.of(
			new VerificationRules.Rule(1, "MI", 0, 100, 1, "basis", "verified-primary", START, null),
			new VerificationRules.Rule(2, "MI", 100, null, 3, "basis", "verified-primary", START, LocalDate.of(2030, 1, 1)),
			new VerificationRules.Rule(3, "MI", 100, null, 2, "a later rule", "test", LocalDate.of(2030, 1, 1), null));

	@Test
	void bedsChooseTheInterval() {
		LocalDate from = LocalDate.of(2026, 3, 1);
		assertThat(VerificationRules.nextDue(rules, "MI", 50, from)).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(VerificationRules.nextDue(rules, "MI", null, from)).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(VerificationRules.nextDue(rules, "MI", 99, from)).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(VerificationRules.nextDue(rules, "MI", 100, from)).isEqualTo(LocalDate.of(2029, 3, 1));
		assertThat(VerificationRules.nextDue(rules, "MI", 150, from)).isEqualTo(LocalDate.of(2029, 3, 1));
	}

	@Test
	void theRuleInForceOnTheDateApplies() {
		assertThat(VerificationRules.nextDue(rules, "MI", 150, LocalDate.of(2030, 6, 1))).isEqualTo(LocalDate.of(2032, 6, 1));
		assertThat(VerificationRules.nextDue(rules, "MI", 150, LocalDate.of(1990, 1, 1))).isNull();
	}

	@Test
	void kindsWithoutARuleSetHaveNoDueDate() {
		assertThat(VerificationRules.nextDue(rules, null, 10, LocalDate.of(2026, 1, 1))).isNull();
		assertThat(VerificationRules.nextDue(rules, "OTHER", 10, LocalDate.of(2026, 1, 1))).isNull();
	}

}
