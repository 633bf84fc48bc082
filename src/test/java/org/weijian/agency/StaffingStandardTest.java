package org.weijian.agency;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaffingStandardTest {

	static StaffingStandard standard(String min, String max) {
		return new StaffingStandard(StaffingStandard.CODE, new BigDecimal(min), max == null ? null : new BigDecimal(max), "per 10,000",
				"basis", null, false, Instant.EPOCH, "system", 0);
	}

	@Test
	void bothLimitsBelongToTheStandard() {
		StaffingStandard s = standard("1.0", "1.5");
		assertThat(s.assess(new BigDecimal("0.99"))).isEqualTo(StaffingAssessment.BELOW);
		assertThat(s.assess(new BigDecimal("1.00"))).isEqualTo(StaffingAssessment.WITHIN);
		assertThat(s.assess(new BigDecimal("1.50"))).isEqualTo(StaffingAssessment.WITHIN);
		assertThat(s.assess(new BigDecimal("1.51"))).isEqualTo(StaffingAssessment.ABOVE);
	}

	@Test
	void withoutAnUpperLimitNothingIsAbove() {
		assertThat(standard("1", null).assess(new BigDecimal("9.5"))).isEqualTo(StaffingAssessment.WITHIN);
	}

	@Test
	void theDefaultDutiesCoverEveryKindAndParse() {
		DefaultDuties defaults = new DefaultDuties();
		for (DepartmentKind kind : DepartmentKind.values()) {
			assertThat(defaults.of(kind)).as("%s", kind).isNotEmpty().allSatisfy(e -> assertThat(e.text()).isNotBlank());
		}
		assertThat(defaults.of(DepartmentKind.MARKET_REGULATION)).extracting(DefaultDuties.Entry::domain)
			.contains(SupervisionDomain.PRICING, SupervisionDomain.DRUGS);
	}

	@Test
	void domainsMapToRegistryCategories() {
		assertThat(SupervisionDomain.DISINFECTION_PRODUCTS.subjectCategories()).containsExactlyInAnyOrder("DISINFECTION_PRODUCT",
				"TABLEWARE_DISINFECTION");
		assertThat(SupervisionDomain.MEDICAL_SERVICE.covers("CLINIC")).isTrue();
		assertThat(SupervisionDomain.SOCIAL_ORGANIZATIONS.subjectCategories()).isEmpty();
	}

}
