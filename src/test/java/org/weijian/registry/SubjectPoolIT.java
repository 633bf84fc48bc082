package org.weijian.registry;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.weijian.registry.subject.SubjectDraft;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRegistration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An inspection plan's object pool: the operating subjects of a region subtree, category and kind, in id
 * order, whatever the caller's scope; suspended, closed or cancelled subjects are left out.
 */
@SpringBootTest
class SubjectPoolIT {

	static final String REGION = "530102"; // 昆明市五华区: no other test uses it

	@Autowired
	Subjects subjects;

	@Autowired
	SubjectRegistration registration;

	@Test
	void thePoolHoldsTheOperatingSubjectsOfTheRegionCategoryAndKindInIdOrder() {
		SubjectRecord a = registration.register(hospital());
		SubjectRecord b = registration.register(hospital());
		SubjectRecord closed = registration.register(hospital());
		registration.changeStatus(closed.id(), closed.version(), SubjectStatus.CLOSED, "停业");
		SubjectRecord clinic = registration.register(clinic());

		List<PoolMember> hospitals = subjects.poolMembers(new SubjectQuery(null, SubjectKind.MEDICAL_INSTITUTION, "GENERAL_HOSPITAL",
				REGION, null, null));
		assertThat(hospitals).extracting(PoolMember::id).contains(a.id(), b.id()).doesNotContain(closed.id(), clinic.id()).isSorted();
		assertThat(hospitals).allSatisfy(m -> {
			assertThat(m.regionCode()).startsWith(REGION);
			assertThat(m.categoryCode()).isEqualTo("GENERAL_HOSPITAL");
		});
		assertThat(hospitals).filteredOn(m -> m.id() == a.id()).singleElement().satisfies(m -> assertThat(m.name()).isEqualTo(a.name()));

		// the city above the district holds them too; a text or status filter is not the pool's business
		List<PoolMember> city = subjects.poolMembers(new SubjectQuery("不相干", null, null, "530100", SubjectStatus.CLOSED, null));
		assertThat(city).extracting(PoolMember::id).contains(a.id(), b.id(), clinic.id()).doesNotContain(closed.id());
		assertThat(subjects.poolMembers(new SubjectQuery(null, null, "GENERAL_HOSPITAL", "211102", null, null)))
			.extracting(PoolMember::id)
			.doesNotContain(a.id());
	}

	private static SubjectDraft hospital() {
		return new SubjectDraft(null, "GENERAL_HOSPITAL", "五华区对象库测试医院" + RegistryFixtures.next(), RegistryFixtures.uscc(REGION), REGION, null,
				"测试路 1 号", "张三", "李四", "LEVEL2_A", "PUBLIC", false, RegistryFixtures.licence(REGION), 100, List.of("内科"), Map.of());
	}

	private static SubjectDraft clinic() {
		return new SubjectDraft(null, "CLINIC", "五华区对象库测试诊所" + RegistryFixtures.next(), RegistryFixtures.uscc(REGION), REGION, null,
				"测试路 2 号", "王五", "赵六", null, "PRIVATE", true, RegistryFixtures.licence(REGION), 0, List.of("内科"), Map.of());
	}

}
