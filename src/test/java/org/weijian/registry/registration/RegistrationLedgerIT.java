package org.weijian.registry.registration;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.registry.LicenceView;
import org.weijian.registry.Licences;
import org.weijian.registry.NewLicence;
import org.weijian.registry.RegistrationKind;
import org.weijian.registry.RegistrationView;
import org.weijian.registry.Registrations;
import org.weijian.registry.licence.LicenceFixtures;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRegistration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Each step of a registration request appends one ledger entry; only the approval is public. */
@SpringBootTest
class RegistrationLedgerIT {

	@Autowired
	Registrations registrations;

	@Autowired
	Licences licences;

	@Autowired
	SubjectRegistration registration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Clock clock;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void filingReturningAndApprovingAreRecordedAndTheApprovalIsPublic() {
		SubjectRecord hospital = new LicenceFixtures(registration).hospital("211103", 60);
		LicenceView licence = licences.issue(new NewLicence("MEDICAL_PRACTICE", hospital.id(), hospital.licenceRegNo(),
				LocalDate.now(clock).minusYears(2), null, null, null, null, null));
		RegistrationView request = registrations.fileOnBehalf(hospital.id(), RegistrationKind.CHANGE, licence.id(),
				Map.of("approvedBeds", "90", "note", "院长 张三 电话 13800000000"), "纸质申请");
		assertThat(entries(request.id())).containsExactly("registration.filed:false");
		JsonNode filed = last(request.id());
		assertThat(filed.path("body").path("payload").path("approvedBeds").asString()).isEqualTo("90");
		assertThat(filed.path("body").path("payload").has("note")).isFalse();
		assertThat(filed.toString()).doesNotContain("13800000000");

		registrations.returnRequest(request.id(), "请补充床位核定材料");
		assertThat(entries(request.id())).containsExactly("registration.filed:false", "registration.returned:false");
		assertThat(last(request.id()).path("body").path("returnReason").asString()).isEqualTo("请补充床位核定材料");

		RegistrationView second = registrations.fileOnBehalf(hospital.id(), RegistrationKind.CHANGE, licence.id(),
				Map.of("approvedBeds", "95"), "再次申请");
		registrations.approve(second.id(), "同意");
		assertThat(entries(second.id())).containsExactly("registration.filed:false", "registration.approved:true");
		assertThat(last(second.id()).path("body").path("status").asString()).isEqualTo("APPROVED");
		// the approval changed the licence's terms, recorded on the licence too
		assertThat(jdbc.sql("select entry_type from ledger_entry where subject_type = 'licence' and subject_id = ? order by leaf_index")
			.param(String.valueOf(licence.id()))
			.query(String.class)
			.list()).containsExactly("licence.issued", "licence.terms-changed");

		RegistrationView third = registrations.fileOnBehalf(hospital.id(), RegistrationKind.RENEWAL, licence.id(),
				Map.of("validTo", LocalDate.now(clock).plusYears(6).toString()), "延续");
		registrations.withdrawOnBehalf(third.id(), "机构撤回");
		assertThat(entries(third.id())).containsExactly("registration.filed:false", "registration.withdrawn:false");
	}

	@Test
	void aRolledBackFilingAppendsNothing() {
		SubjectRecord hospital = new LicenceFixtures(registration).hospital("211103", 60);
		LicenceView licence = licences.issue(new NewLicence("MEDICAL_PRACTICE", hospital.id(), hospital.licenceRegNo(),
				LocalDate.now(clock).minusYears(2), null, null, null, null, null));
		long before = jdbc.sql("select count(*) from ledger_entry").query(Long.class).single();
		long[] id = new long[1];
		tx.executeWithoutResult(status -> {
			id[0] = registrations.fileOnBehalf(hospital.id(), RegistrationKind.CHANGE, licence.id(), Map.of("approvedBeds", "70"),
					"回滚").id();
			status.setRollbackOnly();
		});
		assertThat(jdbc.sql("select count(*) from ledger_entry").query(Long.class).single()).isEqualTo(before);
		assertThat(entries(id[0])).isEmpty();
	}

	private List<String> entries(long requestId) {
		return jdbc.sql("select entry_type || ':' || public_act from ledger_entry where subject_type = 'registration' "
				+ "and subject_id = ? order by leaf_index")
			.param(String.valueOf(requestId))
			.query(String.class)
			.list();
	}

	private JsonNode last(long requestId) {
		byte[] input = jdbc.sql("select leaf_input from ledger_entry where subject_type = 'registration' and subject_id = ? "
				+ "order by leaf_index desc limit 1")
			.param(String.valueOf(requestId))
			.query(byte[].class)
			.single();
		return json.readTree(new String(input, StandardCharsets.UTF_8));
	}

}
