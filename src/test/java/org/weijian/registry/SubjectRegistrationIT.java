package org.weijian.registry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.weijian.registry.subject.SubjectDraft;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.shared.Uscc;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class SubjectRegistrationIT {

	private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

	@Autowired
	SubjectRegistration registration;

	/** A valid credit code unique to this run: 12 + division + a fresh organization code. */
	static String freshUscc() {
		String org = String.format("%08d", SEQ.incrementAndGet() % 100_000_000);
		return Uscc.withCheckCharacter("12211102" + org + Uscc.organizationCheckCharacter(org));
	}

	static SubjectDraft hospital(String uscc, String licence) {
		return new SubjectDraft(null, "GENERAL_HOSPITAL", "盘锦市测试医院" + uscc.substring(10), uscc, "211102", null, "兴隆台区测试路 1 号",
				"张三", "李四", "LEVEL2_A", "PUBLIC", false, licence, 120, List.of("内科", "外科"), Map.of());
	}

	@Autowired
	org.weijian.region.Grids grids;

	@Autowired
	org.weijian.region.Regions regions;

	@Test
	void aGridMustBeAnActiveGridInsideTheSubjectsRegion() {
		String town = regions.descendants("211102", org.weijian.region.RegionLevel.TOWN).get(0).code();
		long grid = grids.create(new org.weijian.region.NewGrid(town, "登记测试网格" + SEQ.incrementAndGet())).id();
		String uscc = freshUscc();
		SubjectDraft inGrid = new SubjectDraft(null, "CLINIC", "盘锦网格诊所" + uscc.substring(10), uscc, town, grid, null, null, null,
				null, "PRIVATE", true, "GR" + uscc.substring(8, 17), 0, List.of(), Map.of());
		assertThat(registration.register(inGrid).gridId()).isEqualTo(grid);
		for (Object[] bad : new Object[][] { { "370116", grid }, { town, 999_999_999L } }) {
			String other = freshUscc();
			SubjectDraft draft = new SubjectDraft(null, "CLINIC", "错网格诊所" + other.substring(10), other, (String) bad[0], (Long) bad[1],
					null, null, null, null, "PRIVATE", true, "GX" + other.substring(8, 17), 0, List.of(), Map.of());
			assertThatThrownBy(() -> registration.register(draft)).isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.violations()).extracting(Violation::field, Violation::code)
						.containsExactly(org.assertj.core.groups.Tuple.tuple("gridId", "error.subject.grid-outside-region")));
		}
	}

	@Test
	void registersAValidInstitution() {
		String uscc = freshUscc();
		SubjectRecord r = registration.register(hospital(uscc, "PJ" + uscc.substring(8, 17)));
		assertThat(r.id()).isPositive();
		assertThat(r.kind()).isEqualTo(SubjectKind.MEDICAL_INSTITUTION);
		assertThat(r.status()).isEqualTo(SubjectStatus.OPERATING);
		assertThat(r.practiceSubjects()).containsExactly("内科", "外科");
	}

	@Test
	void reportsEveryBadFieldAtOnce() {
		SubjectDraft bad = new SubjectDraft(null, "GENERAL_HOSPITAL", "", "91110000100010433M", "219999", null, null, null, null,
				"LEVEL9", null, null, null, -1, null, null);
		assertThatThrownBy(() -> registration.register(bad)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.violations()).extracting(Violation::field)
					.contains("name", "uscc", "regionCode", "grade", "ownership", "forProfit", "licenceRegNo", "beds"));
	}

	@Test
	void unitsAreCheckedAgainstTheirCategorysAttributes() {
		SubjectDraft water = new SubjectDraft(null, "DRINKING_WATER", "盘锦自来水厂" + SEQ.incrementAndGet(), null, "211102", null, null,
				null, null, null, null, null, null, null, null, Map.of("supplyType", "centralised", "dailyCapacityTonnes", "-5",
						"colour", "blue"));
		assertThatThrownBy(() -> registration.register(water)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.violations()).extracting(Violation::field, Violation::code)
					.contains(org.assertj.core.groups.Tuple.tuple("attributes.dailyCapacityTonnes", "error.field.range"),
							org.assertj.core.groups.Tuple.tuple("attributes.colour", "error.subject.attribute-unknown")));
		SubjectRecord ok = registration.register(new SubjectDraft(null, "DRINKING_WATER", "盘锦自来水厂" + SEQ.incrementAndGet(), null,
				"211102", null, null, null, null, null, null, null, null, null, null,
				Map.of("supplyType", "centralised", "dailyCapacityTonnes", "50000.00")));
		assertThat(ok.attributes()).containsEntry("supplyType", "CENTRALISED").containsEntry("dailyCapacityTonnes", "50000");
	}

	@Test
	void refusesDuplicateCreditCodesAndLicenceNumbers() {
		String uscc = freshUscc();
		String licence = "PJ" + uscc.substring(8, 17);
		registration.register(hospital(uscc, licence));
		assertThatThrownBy(() -> registration.register(hospital(uscc, licence + "X"))).isInstanceOfSatisfying(ConflictException.class,
				ex -> assertThat(ex.field()).isEqualTo("uscc"));
		assertThatThrownBy(() -> registration.register(hospital(freshUscc(), licence))).isInstanceOfSatisfying(ConflictException.class,
				ex -> assertThat(ex.field()).isEqualTo("licenceRegNo"));
	}

}
