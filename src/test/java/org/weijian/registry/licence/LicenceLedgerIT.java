package org.weijian.registry.licence;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.registry.LicenceStatus;
import org.weijian.registry.LicenceView;
import org.weijian.registry.Licences;
import org.weijian.registry.NewLicence;
import org.weijian.registry.VerificationResult;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.support.MutableClock;
import org.weijian.support.MutableClockConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every licence act appends exactly one public ledger entry in its transaction; a refused act appends none. */
@SpringBootTest
@Import(MutableClockConfiguration.class)
class LicenceLedgerIT {

	@Autowired
	Licences licences;

	@Autowired
	LicenceAdministration administration;

	@Autowired
	LicenceExpiryJob job;

	@Autowired
	SubjectRegistration registration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	TransactionTemplate tx;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void eachLicenceActAppendsOnePublicEntry() {
		LicenceFixtures fixtures = new LicenceFixtures(registration);
		LocalDate today = LocalDate.now(clock);
		SubjectRecord hospital = fixtures.hospital("211102", 80);
		LicenceView licence = licences.issue(new NewLicence("MEDICAL_PRACTICE", hospital.id(), hospital.licenceRegNo(),
				today.minusYears(1), null, today.plusDays(3), null, null, null));
		assertThat(types(licence.id())).containsExactly("licence.issued");
		JsonNode issued = lastEntry(licence.id());
		assertThat(issued.path("public").asBoolean()).isTrue();
		assertThat(issued.path("actor").asString()).isEqualTo("system");
		assertThat(issued.path("subject").path("type").asString()).isEqualTo("licence");
		assertThat(issued.path("body").path("number").asString()).isEqualTo(hospital.licenceRegNo());
		assertThat(issued.path("body").path("holderName").asString()).isEqualTo(hospital.name());
		assertThat(issued.path("body").path("approvedBeds").asInt()).isEqualTo(80);

		licences.recordVerification(licence.id(), today.minusDays(1), VerificationResult.PASSED, "ok");
		assertThat(types(licence.id())).containsExactly("licence.issued", "licence.verified");
		assertThat(lastEntry(licence.id()).path("body").path("result").asString()).isEqualTo("PASSED");

		licences.changeStatus(licence.id(), LicenceStatus.SUSPENDED, "暂扣整改");
		assertThat(types(licence.id())).containsExactly("licence.issued", "licence.verified", "licence.status-changed");
		JsonNode changed = lastEntry(licence.id()).path("body");
		assertThat(changed.path("from").asString()).isEqualTo("VALID");
		assertThat(changed.path("to").asString()).isEqualTo("SUSPENDED");
		assertThat(changed.path("reason").asString()).isEqualTo("暂扣整改");

		licences.changeStatus(licence.id(), LicenceStatus.VALID, "整改完成");
		administration.renew(licence.id(), null, today.plusYears(5), "延续");
		administration.changeTerms(licence.id(), null, 120, "内科;外科", "增加床位");
		assertThat(types(licence.id())).containsExactly("licence.issued", "licence.verified", "licence.status-changed",
				"licence.status-changed", "licence.renewed", "licence.terms-changed");
		assertThat(lastEntry(licence.id()).path("body").path("after").path("approvedBeds").asInt()).isEqualTo(120);
	}

	@Test
	void theExpiryJobRecordsEachExpiryAsTheSystem() {
		LicenceFixtures fixtures = new LicenceFixtures(registration);
		LocalDate today = LocalDate.now(clock);
		SubjectRecord hospital = fixtures.hospital("211102", 20);
		LicenceView licence = licences.issue(new NewLicence("MEDICAL_PRACTICE", hospital.id(), hospital.licenceRegNo(),
				today.minusYears(2), null, today.plusDays(1), null, null, null));
		clock.advance(Duration.ofDays(3));
		job.run();
		assertThat(types(licence.id())).containsExactly("licence.issued", "licence.expired");
		JsonNode expired = lastEntry(licence.id());
		assertThat(expired.path("actor").asString()).isEqualTo("system");
		assertThat(expired.path("body").path("to").asString()).isEqualTo("EXPIRED");
	}

	@Test
	void aBatchAppendsOneEntryPerLicenceAndARefusedBatchNone() {
		LicenceFixtures fixtures = new LicenceFixtures(registration);
		LocalDate today = LocalDate.now(clock);
		SubjectRecord a = fixtures.hospital("211102", 10);
		SubjectRecord b = fixtures.hospital("211102", 10);
		SubjectRecord c = fixtures.hospital("211102", 10);
		List<Long> ids = licences.issueAll(List.of(
				new NewLicence("MEDICAL_PRACTICE", a.id(), a.licenceRegNo(), today.minusYears(1), null, null, null, null, null),
				new NewLicence("MEDICAL_PRACTICE", b.id(), b.licenceRegNo(), today.minusYears(1), null, null, null, null, null)));
		assertThat(ids).hasSize(2).allSatisfy(id -> assertThat(types(id)).containsExactly("licence.issued"));

		long sizeBefore = ledgerSize();
		assertThatThrownBy(() -> licences.issueAll(List.of(
				new NewLicence("MEDICAL_PRACTICE", c.id(), c.licenceRegNo(), today.minusYears(1), null, null, null, null, null),
				new NewLicence("MEDICAL_PRACTICE", c.id(), "", today.plusYears(1), null, null, null, null, null))))
			.isInstanceOf(InvalidInputException.class);
		assertThat(ledgerSize()).isEqualTo(sizeBefore);
		assertThat(licences.ofHolder(c.id())).isEmpty();
	}

	@Test
	void aRolledBackActAppendsNothing() {
		LicenceFixtures fixtures = new LicenceFixtures(registration);
		SubjectRecord hospital = fixtures.hospital("211102", 10);
		LicenceView licence = licences.issue(new NewLicence("MEDICAL_PRACTICE", hospital.id(), hospital.licenceRegNo(),
				LocalDate.now(clock).minusYears(1), null, null, null, null, null));
		long sizeBefore = ledgerSize();
		tx.executeWithoutResult(status -> {
			licences.changeStatus(licence.id(), LicenceStatus.SUSPENDED, "暂扣");
			assertThat(ledgerSize()).isEqualTo(sizeBefore + 1);
			status.setRollbackOnly();
		});
		assertThat(ledgerSize()).isEqualTo(sizeBefore);
		assertThat(types(licence.id())).containsExactly("licence.issued");
		assertThatThrownBy(() -> licences.changeStatus(licence.id(), LicenceStatus.EXPIRED, "不允许"))
			.isInstanceOf(org.weijian.shared.error.ConflictException.class);
		assertThat(types(licence.id())).containsExactly("licence.issued");
	}

	private List<String> types(long licenceId) {
		return jdbc.sql("select entry_type from ledger_entry where subject_type = 'licence' and subject_id = ? order by leaf_index")
			.param(String.valueOf(licenceId))
			.query(String.class)
			.list();
	}

	private JsonNode lastEntry(long licenceId) {
		byte[] input = jdbc.sql("select leaf_input from ledger_entry where subject_type = 'licence' and subject_id = ? "
				+ "order by leaf_index desc limit 1")
			.param(String.valueOf(licenceId))
			.query(byte[].class)
			.single();
		return json.readTree(new String(input, StandardCharsets.UTF_8));
	}

	private long ledgerSize() {
		return jdbc.sql("select count(*) from ledger_entry").query(Long.class).single();
	}

}
