package org.weijian.registry.licence;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.weijian.registry.LicenceStatus;
import org.weijian.registry.LicenceStatusChanged;
import org.weijian.registry.LicenceView;
import org.weijian.registry.Licences;
import org.weijian.registry.NewLicence;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.support.MutableClock;
import org.weijian.support.MutableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@Import(MutableClockConfiguration.class)
@RecordApplicationEvents
class LicenceExpiryIT {

	@Autowired
	MutableClock clock;

	@Autowired
	Licences licences;

	@Autowired
	LicenceExpiryJob job;

	@Autowired
	LicenceRepository repository;

	@Autowired
	SubjectRegistration registration;

	@Autowired
	ApplicationEvents events;

	@Test
	void theJobExpiresLicencesPastTheirValidityOnceAndTellsOtherModules() {
		LicenceFixtures fixtures = new LicenceFixtures(registration);
		LocalDate today = LocalDate.now(clock);
		SubjectRecord a = fixtures.hospital("211102", 40);
		SubjectRecord b = fixtures.hospital("211102", 40);
		LicenceView ending = licences.issue(new NewLicence("MEDICAL_PRACTICE", a.id(), a.licenceRegNo(), today.minusYears(2), null,
				today.plusDays(1), null, null, null));
		LicenceView lasting = licences.issue(new NewLicence("MEDICAL_PRACTICE", b.id(), b.licenceRegNo(), today.minusYears(2), null,
				today.plusDays(30), null, null, null));
		licences.changeStatus(lasting.id(), LicenceStatus.SUSPENDED, "暂扣");

		job.run();
		assertThat(licences.get(ending.id()).status()).isEqualTo(LicenceStatus.VALID);

		clock.advance(Duration.ofDays(2));
		assertThat(job.run()).isGreaterThanOrEqualTo(1);
		assertThat(licences.get(ending.id()).status()).isEqualTo(LicenceStatus.EXPIRED);
		assertThat(licences.get(lasting.id()).status()).isEqualTo(LicenceStatus.SUSPENDED);
		assertThat(events.stream(LicenceStatusChanged.class).filter(e -> e.licenceId() == ending.id()))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.from()).isEqualTo(LicenceStatus.VALID);
				assertThat(e.to()).isEqualTo(LicenceStatus.EXPIRED);
				assertThat(e.regionCode()).isEqualTo("211102");
			});
		assertThat(repository.events(ending.id())).first().satisfies(e -> {
			assertThat(e.type()).isEqualTo(LicenceEvent.Type.STATUS_CHANGED);
			assertThat(e.actor()).isEqualTo("system");
			assertThat(e.reason()).contains(today.plusDays(1).toString());
		});

		// idempotent: a second run the same day changes nothing and tells nobody
		int eventsBefore = repository.events(ending.id()).size();
		job.run();
		assertThat(repository.events(ending.id())).hasSize(eventsBefore);
		assertThat(events.stream(LicenceStatusChanged.class).filter(e -> e.licenceId() == ending.id())).hasSize(1);

		// a suspended licence expires too, once its validity has ended
		clock.advance(Duration.ofDays(30));
		job.run();
		assertThat(licences.get(lasting.id()).status()).isEqualTo(LicenceStatus.EXPIRED);
	}

}
