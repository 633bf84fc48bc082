package org.weijian.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.weijian.registry.LicenceHolder;
import org.weijian.registry.LicenceStatus;
import org.weijian.registry.LicenceView;
import org.weijian.registry.Licences;
import org.weijian.registry.Registrations;
import org.weijian.registry.RegistrationStatus;
import org.weijian.registry.SubjectKind;
import org.weijian.registry.licence.LicenceFixtures;
import org.weijian.registry.subject.SubjectRegistration;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the licence and registration demo steps on the test database at a small scale. */
@SpringBootTest
class LicenceSeedingIT {

	@Autowired
	Licences licences;

	@Autowired
	Registrations registrations;

	@Autowired
	SubjectRegistration registration;

	@Autowired
	DemoAreas areas;

	@Autowired
	Clock clock;

	@Test
	void licencesEveryInstitutionOfTheDemoAreasAndFilesRequestsInEveryState() {
		LicenceFixtures fixtures = new LicenceFixtures(registration);
		for (int i = 0; i < 40; i++) {
			fixtures.hospital(i % 2 == 0 ? "211102" : "370116", i % 3 == 0 ? 150 : 20 + i);
		}
		for (int i = 0; i < 10; i++) {
			fixtures.publicPlace("211103");
		}
		DemoDataset dataset = new DemoDataset(0.05, 7, areas.areas(), LocalDate.now(clock));
		java.util.Map<RegistrationStatus, Long> before = new java.util.EnumMap<>(RegistrationStatus.class);
		for (RegistrationStatus s : RegistrationStatus.values()) {
			before.put(s, registrations.count(s));
		}

		new LicenceSeeding(licences).seed(dataset);

		List<LicenceHolder> unlicensed = licences.holders(SubjectKind.MEDICAL_INSTITUTION, "MEDICAL_PRACTICE", "2111", 0, 5000);
		assertThat(unlicensed).isEmpty();
		List<LicenceHolder> panjin = licences.holders(SubjectKind.MEDICAL_INSTITUTION, "211102", 0, 5000);
		assertThat(panjin).isNotEmpty().allSatisfy(h -> assertThat(licences.ofHolder(h.id()))
			.anySatisfy(l -> {
				assertThat(l.kindCode()).isEqualTo("MEDICAL_PRACTICE");
				assertThat(l.number()).isEqualTo(h.licenceRegNo());
			}));
		// nothing stays valid past its validity: the step ran the expiry job
		LocalDate today = LocalDate.now(clock);
		List<LicenceView> all = panjin.stream().flatMap(h -> licences.ofHolder(h.id()).stream()).toList();
		assertThat(all).noneMatch(l -> l.status().isLive() && l.validTo().isBefore(today));
		assertThat(all).allSatisfy(l -> {
			if (l.kindCode().equals("MEDICAL_PRACTICE")) {
				assertThat(l.nextVerificationDue()).isNotNull();
			}
		});

		new RegistrationSeeding(licences, registrations).seed(dataset);
		assertThat(registrations.count(RegistrationStatus.PENDING)).isEqualTo(before.get(RegistrationStatus.PENDING) + 5);
		assertThat(registrations.count(RegistrationStatus.RETURNED)).isEqualTo(before.get(RegistrationStatus.RETURNED) + 2);
		assertThat(registrations.count(RegistrationStatus.WITHDRAWN)).isEqualTo(before.get(RegistrationStatus.WITHDRAWN) + 2);
		assertThat(registrations.count(RegistrationStatus.APPROVED)).isEqualTo(before.get(RegistrationStatus.APPROVED) + 3);
		assertThat(all).extracting(LicenceView::status).contains(LicenceStatus.VALID);
	}

}
