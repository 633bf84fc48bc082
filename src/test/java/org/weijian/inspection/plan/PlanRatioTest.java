package org.weijian.inspection.plan;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.weijian.shared.error.Violations;

import static org.assertj.core.api.Assertions.assertThat;

/** Ratios are read as exact decimals (never binary floats) and written back without trailing zeros. */
class PlanRatioTest {

	@Test
	void acceptsDecimalsFromZeroToOneWithAtMostFourPlaces() {
		Violations v = new Violations();
		assertThat(PlanChecker.ratio(v, "r", "0.05")).isEqualByComparingTo("0.05");
		assertThat(PlanChecker.ratio(v, "r", " 0.0500 ")).isEqualTo(new BigDecimal("0.05"));
		assertThat(PlanChecker.ratio(v, "r", "1.0000")).isEqualTo(BigDecimal.ONE);
		assertThat(PlanChecker.ratio(v, "r", "0")).isEqualTo(BigDecimal.ZERO);
		assertThat(PlanChecker.ratio(v, "r", "0.1234")).isEqualTo(new BigDecimal("0.1234"));
		assertThat(PlanChecker.ratio(v, "r", "5E-2")).isEqualTo(new BigDecimal("0.05"));
		assertThat(v.isEmpty()).isTrue();
	}

	@Test
	void refusesMorePlacesOutOfRangeAndNonNumbersNamingTheField() {
		for (String bad : new String[] { "0.12345", "1.0001", "-0.01", "2", "abc", "5%", "0,05" }) {
			Violations v = new Violations();
			assertThat(PlanChecker.ratio(v, "ratios.B", bad)).as(bad).isNull();
			assertThat(v.list()).singleElement().satisfies(x -> {
				assertThat(x.field()).isEqualTo("ratios.B");
				assertThat(x.code()).isEqualTo("error.inspection.plan.ratio-format");
			});
		}
	}

	@Test
	void theRecordWritesRatiosAsPlainDecimals() {
		assertThat(Plans.plain(new BigDecimal("0.0500"))).isEqualTo("0.05");
		assertThat(Plans.plain(new BigDecimal("0.2000"))).isEqualTo("0.2");
		assertThat(Plans.plain(new BigDecimal("1.0000"))).isEqualTo("1");
		assertThat(Plans.plain(new BigDecimal("0.0000"))).isEqualTo("0");
		assertThat(Plans.plain(new BigDecimal("1E+1"))).isEqualTo("10");
	}

}
