package org.weijian.registry.licence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.weijian.identity.AccountView;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class LicenceIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	SubjectRegistration registration;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Clock clock;

	final JsonMapper json = JsonMapper.builder().build();

	TestAccounts accounts;

	LicenceFixtures fixtures;

	AccountView panjinLeader;

	String leader;

	@BeforeEach
	void setUp() throws Exception {
		accounts = new TestAccounts(users, mvc);
		fixtures = new LicenceFixtures(registration);
		panjinLeader = accounts.create(Role.DEPARTMENT_LEADER, "211100");
		leader = accounts.bearer(panjinLeader);
	}

	Map<String, Object> licence(SubjectRecord holder, String kind, String number, LocalDate issued) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kindCode", kind);
		body.put("holderId", holder.id());
		body.put("number", number);
		body.put("issueDate", issued.toString());
		return body;
	}

	ResultActions postJson(String url, String token, Object body) throws Exception {
		return mvc.perform(post(url).header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
	}

	JsonNode issue(SubjectRecord holder, LocalDate issued) throws Exception {
		String body = postJson("/api/v1/licences", leader, licence(holder, "MEDICAL_PRACTICE", holder.licenceRegNo(), issued))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	@Test
	void issuesALicenceWithTheKindsValidityAndRefusesADuplicateNumber() throws Exception {
		SubjectRecord hospital = fixtures.hospital("211102", 80);
		LocalDate issued = today().minusYears(1);
		JsonNode l = issue(hospital, issued);
		assertThat(l.get("status").asString()).isEqualTo("VALID");
		assertThat(l.get("validTo").asString()).isEqualTo(issued.plusYears(5).minusDays(1).toString());
		assertThat(l.get("approvedBeds").asInt()).isEqualTo(80);

		postJson("/api/v1/licences", leader, licence(hospital, "MEDICAL_PRACTICE", hospital.licenceRegNo(), issued))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.licence.number-duplicate"))
			.andExpect(jsonPath("$.errors[0].field").value("number"));

		mvc.perform(get("/api/v1/licences/{id}", l.get("id").asLong()).header("Authorization", leader))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.licence.number").value(hospital.licenceRegNo()))
			.andExpect(jsonPath("$.events[0].type").value("ISSUED"));
	}

	@Test
	void reportsEveryBadFieldOfAnIssue() throws Exception {
		SubjectRecord place = fixtures.publicPlace("211103");
		Map<String, Object> bad = new LinkedHashMap<>();
		bad.put("kindCode", "NO_SUCH_KIND");
		bad.put("issueDate", today().plusDays(3).toString());
		postJson("/api/v1/licences", leader, bad).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.validation"))
			.andExpect(jsonPath("$.errors[*].field", hasItems("kindCode", "holderId", "number", "issueDate")));
		// a medical practice licence cannot go to a public place
		postJson("/api/v1/licences", leader, licence(place, "MEDICAL_PRACTICE", "X" + place.id(), today()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("holderId"))
			.andExpect(jsonPath("$.errors[0].code").value("error.licence.holder-kind"));
	}

	@Test
	void statusChangesFollowTheMachineAndNeedAReason() throws Exception {
		SubjectRecord hospital = fixtures.hospital("211103", 30);
		long id = issue(hospital, today().minusMonths(6)).get("id").asLong();
		String url = "/api/v1/licences/" + id + "/status";

		postJson(url, leader, Map.of("status", "SUSPENDED")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].code").value("error.field.required"));
		postJson(url, leader, Map.of("status", "NOT_A_STATUS", "reason", "x")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		postJson(url, leader, Map.of("status", "EXPIRED", "reason", "manual expiry")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.licence.transition"));

		postJson(url, leader, Map.of("status", "SUSPENDED", "reason", "超范围执业，暂扣")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUSPENDED"));
		postJson(url, leader, Map.of("status", "VALID", "reason", "整改合格")).andExpect(status().isOk());
		postJson(url, leader, Map.of("status", "REVOKED", "reason", "拒不校验")).andExpect(status().isOk());
		postJson(url, leader, Map.of("status", "VALID", "reason", "再试")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.licence.status-final"));
		postJson(url, leader, Map.of("status", "CANCELLED", "reason", "再试")).andExpect(status().isConflict());

		mvc.perform(get("/api/v1/licences/{id}", id).header("Authorization", leader))
			.andExpect(jsonPath("$.licence.status").value("REVOKED"))
			.andExpect(jsonPath("$.events.length()").value(4))
			.andExpect(jsonPath("$.events[0].reason").value("拒不校验"))
			.andExpect(jsonPath("$.events[0].actor").value(panjinLeader.username()));
	}

	@Test
	void verificationRuleTableDrivesTheDueDates() throws Exception {
		LocalDate issued = today().minusMonths(2);
		JsonNode small = issue(fixtures.hospital("211104", 50), issued);
		JsonNode large = issue(fixtures.hospital("211104", 150), issued);
		assertThat(small.get("nextVerificationDue").asString()).isEqualTo(issued.plusYears(1).toString());
		assertThat(large.get("nextVerificationDue").asString()).isEqualTo(issued.plusYears(3).toString());

		LocalDate verified = today().minusDays(1);
		postJson("/api/v1/licences/" + small.get("id").asLong() + "/verifications", leader,
				Map.of("verifiedOn", verified.toString(), "result", "PASSED", "note", "现场校验"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lastVerifiedOn").value(verified.toString()))
			.andExpect(jsonPath("$.nextVerificationDue").value(verified.plusYears(1).toString()));
		postJson("/api/v1/licences/" + large.get("id").asLong() + "/verifications", leader,
				Map.of("verifiedOn", verified.toString(), "result", "FAILED"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nextVerificationDue").value(issued.plusYears(3).toString()));
		postJson("/api/v1/licences/" + large.get("id").asLong() + "/verifications", leader,
				Map.of("verifiedOn", today().plusDays(5).toString()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("verifiedOn", "result")));

		mvc.perform(get("/api/v1/verification-rules").header("Authorization", leader))
			.andExpect(jsonPath("$[*].intervalYears", hasItems(1, 3)))
			.andExpect(jsonPath("$[0].legalBasis", containsString("医疗机构管理条例")));
		mvc.perform(get("/api/v1/licence-kinds").header("Authorization", leader))
			.andExpect(jsonPath("$[*].code", hasItems("MEDICAL_PRACTICE", "RADIATION_DIAGNOSIS", "PUBLIC_PLACE_HYGIENE",
					"WATER_SUPPLY_HYGIENE", "DISINFECTANT_PRODUCTION", "MATERNAL_CHILD_SERVICE")));
	}

	@Test
	void listsFilterByHolderAndDueDate() throws Exception {
		SubjectRecord hospital = fixtures.hospital("211102", 20);
		// last verified a year ago less ten days: due within the next ten days
		Map<String, Object> body = licence(hospital, "MEDICAL_PRACTICE", hospital.licenceRegNo(), today().minusYears(2));
		body.put("lastVerifiedOn", today().minusYears(1).plusDays(10).toString());
		postJson("/api/v1/licences", leader, body).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/licences").param("holder", String.valueOf(hospital.id())).param("dueWithinDays", "30")
			.header("Authorization", leader))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.items[0].nextVerificationDue").value(today().plusDays(10).toString()));
		mvc.perform(get("/api/v1/licences").param("holder", String.valueOf(hospital.id())).param("dueWithinDays", "5")
			.header("Authorization", leader)).andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/v1/licences").param("dueWithinDays", "-1").header("Authorization", leader))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dueWithinDays"));
	}

	@Test
	void aLaiwuUserNeitherSeesNorChangesAPanjinLicence() throws Exception {
		long id = issue(fixtures.hospital("211102", 10), today().minusDays(40)).get("id").asLong();
		String laiwu = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "370116"));
		mvc.perform(get("/api/v1/licences/{id}", id).header("Authorization", laiwu)).andExpect(status().isNotFound());
		postJson("/api/v1/licences/" + id + "/status", laiwu, Map.of("status", "SUSPENDED", "reason", "x"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/licences").param("number", "LT").header("Authorization", laiwu))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("\"holderRegionCode\":\"2111"))));
		// a Laiwu leader cannot issue for a Panjin holder; an inspector may not issue at all
		SubjectRecord panjin = fixtures.hospital("211103", 5);
		postJson("/api/v1/licences", laiwu, licence(panjin, "MEDICAL_PRACTICE", panjin.licenceRegNo(), today()))
			.andExpect(status().isForbidden());
		String inspector = accounts.bearer(accounts.create(Role.INSPECTOR, "211100"));
		postJson("/api/v1/licences", inspector, licence(panjin, "MEDICAL_PRACTICE", panjin.licenceRegNo(), today()))
			.andExpect(status().isForbidden());
	}

	@Test
	void pagesRenderTheListAndTheDetailWithItsForms() throws Exception {
		long id = issue(fixtures.hospital("211102", 120), today().minusDays(100)).get("id").asLong();
		var principal = userDetails.loadUserByUsername(panjinLeader.username());
		mvc.perform(get("/licences").param("status", "VALID").with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/licences/" + id)));
		mvc.perform(get("/licences/{id}", id).with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("licence-history")))
			.andExpect(content().string(containsString("name=\"reason\"")));
		mvc.perform(post("/licences/{id}/status", id).with(user(principal)).with(csrf()).param("status", "SUSPENDED").param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alert-danger")));
		mvc.perform(post("/licences/{id}/status", id).with(user(principal)).with(csrf()).param("status", "SUSPENDED")
			.param("reason", "暂扣整改")).andExpect(status().is3xxRedirection());
	}

}
