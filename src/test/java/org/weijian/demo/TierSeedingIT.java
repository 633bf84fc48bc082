package org.weijian.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.weijian.agency.Departments;
import org.weijian.agency.InspectorProfile;
import org.weijian.agency.Inspectors;
import org.weijian.inspection.RiskTier;
import org.weijian.inspection.recusal.Recusals;
import org.weijian.inspection.tier.RiskTiers;
import org.weijian.inspection.tier.TierAssignment;
import org.weijian.inspection.tier.TierFixtures;
import org.weijian.inspection.tier.TierSource;
import org.weijian.registry.Licences;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.shared.web.PageQuery;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the tier demo step on the test database and checks the result through the inspection API. */
@SpringBootTest
class TierSeedingIT {

	@Autowired
	Licences licences;

	@Autowired
	RiskTiers tiers;

	@Autowired
	Recusals recusals;

	@Autowired
	Inspectors inspectors;

	@Autowired
	Departments departments;

	@Autowired
	SubjectRegistration registration;

	@Autowired
	DemoAreas areas;

	@Autowired
	Clock clock;

	@Test
	void setsTiersListsKeySubjectsAndDeclaresConflicts() {
		List<Long> mine = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			mine.add(TierFixtures.subject(registration, i % 3 == 0 ? "370116" : "211103"));
		}
		InspectorProfile panjin = TierFixtures.inspector(departments, inspectors, "211103");
		InspectorProfile laiwu = TierFixtures.inspector(departments, inspectors, "370116");
		DemoDataset dataset = new DemoDataset(0.05, 7, areas.areas(), LocalDate.now(clock));
		long listedBefore = tiers.assigned(null, TierSource.KEY_SUPERVISION, PageQuery.of(0, 1)).totalElements();

		new TierSeeding(licences, tiers, recusals, inspectors).seed(dataset);

		Map<Long, TierAssignment> after = tiers.tiersOf(mine);
		long a = after.values().stream().filter(t -> t.tier() == RiskTier.A).count();
		long c = after.values().stream().filter(t -> t.tier() == RiskTier.C).count();
		long d = after.values().stream().filter(t -> t.tier() == RiskTier.D).count();
		assertThat(a).isBetween(3L, 35L);
		assertThat(c).isBetween(20L, 75L);
		assertThat(d).isBetween(3L, 30L);
		assertThat(after.values()).filteredOn(t -> t.source() == TierSource.MANUAL).allSatisfy(t -> assertThat(t.reason()).endsWith("（演示数据）"));
		assertThat(after.values()).filteredOn(t -> t.source() == TierSource.DEFAULT).allSatisfy(t -> assertThat(t.tier()).isEqualTo(RiskTier.B));
		assertThat(tiers.assigned(null, TierSource.KEY_SUPERVISION, PageQuery.of(0, 1)).totalElements()).isGreaterThan(listedBefore);
		assertThat(recusals.activePairs(List.of(panjin.id(), laiwu.id())).size()
				+ recusals.page(panjin.id(), null, false, PageQuery.of(0, 50)).totalElements()).isPositive();
		long declared = 0;
		for (InspectorProfile p : inspectors.page(new org.weijian.agency.InspectorFilter(null, null, "ACTIVE", null, "211100"),
				PageQuery.of(0, PageQuery.MAX_SIZE)).items()) {
			declared += recusals.page(p.id(), null, false, PageQuery.of(0, 50)).totalElements();
		}
		assertThat(declared).isGreaterThanOrEqualTo(1);

		// a second run on the same data leaves listed subjects and declared pairs alone
		new TierSeeding(licences, tiers, recusals, inspectors).seed(dataset);
		assertThat(tiers.tiersOf(mine).values()).filteredOn(t -> t.source() == TierSource.KEY_SUPERVISION)
			.allSatisfy(t -> assertThat(t.tier()).isEqualTo(RiskTier.D));
	}

}
