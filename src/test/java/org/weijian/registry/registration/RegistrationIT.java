package org.weijian.registry.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
import org.weijian.identity.NewAccount;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.registry.LicenceView;
import org.weijian.registry.Licences;
import org.weijian.registry.NewLicence;
import org.weijian.registry.RegistrationKind;
import org.weijian.registry.RegistrationStatus;
import org.weijian.registry.RegistrationView;
import org.weijian.registry.Registrations;
import org.weijian.registry.licence.LicenceFixtures;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class RegistrationIT {

	static final String BASE = "/api/v1/registration-requests";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	SubjectRegistration registration;

	@Autowired
	Licences licences;

	@Autowired
	Registrations registrations;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Clock clock;

	final JsonMapper json = JsonMapper.builder().build();

	TestAccounts accounts;

	SubjectRecord hospital;

	LicenceView licence;

	AccountView institutionUser;

	String institution;

	AccountView reviewerAccount;

	String reviewer;

	@BeforeEach
	void setUp() throws Exception {
		accounts = new TestAccounts(users, mvc);
		hospital = new LicenceFixtures(registration).hospital("211103", 60);
		licence = licences.issue(new NewLicence("MEDICAL_PRACTICE", hospital.id(), hospital.licenceRegNo(), today().minusYears(2), null,
				null, null, null, null));
		institutionUser = accounts.create(Role.INSTITUTION_USER, "211100", null, hospital.id());
		institution = accounts.bearer(institutionUser);
		reviewerAccount = accounts.create(Role.LEGAL_REVIEWER, "211100");
		reviewer = accounts.bearer(reviewerAccount);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	ResultActions postJson(String url, String token, Object body) throws Exception {
		return mvc.perform(post(url).header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
	}

	Map<String, Object> filing(RegistrationKind kind, Long licenceId, Map<String, String> payload) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", kind.name());
		body.put("licenceId", licenceId);
		body.put("payload", payload);
		return body;
	}

	long file(String token, Map<String, Object> body) throws Exception {
		String response = postJson(BASE, token, body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(response).get("id").asLong();
	}

	@Test
	void anApprovedVerificationMovesTheLicencesDueDateInTheSameStep() throws Exception {
		LocalDate verified = today().minusDays(1);
		long id = file(institution, filing(RegistrationKind.VERIFICATION, licence.id(), Map.of("verifiedOn", verified.toString())));
		postJson(BASE + "/" + id + "/approve", reviewer, Map.of("note", "材料齐全")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decidedBy").value(reviewerAccount.username()));
		mvc.perform(get("/api/v1/licences/{id}", licence.id()).header("Authorization", reviewer))
			.andExpect(jsonPath("$.licence.lastVerifiedOn").value(verified.toString()))
			.andExpect(jsonPath("$.licence.nextVerificationDue").value(verified.plusYears(1).toString()))
			.andExpect(jsonPath("$.events[0].type").value("VERIFIED"))
			.andExpect(jsonPath("$.events[0].reason", containsString("#" + id)));
		mvc.perform(get(BASE + "/{id}", id).header("Authorization", institution))
			.andExpect(jsonPath("$.events[*].action", hasItems("FILED", "APPROVED")));
	}

	@Test
	void anApprovedNewLicenceRequestIssuesTheLicence() throws Exception {
		String number = "辽卫放证字〔2026〕第" + hospital.id() + "号";
		long id = file(institution, filing(RegistrationKind.NEW_LICENCE, null,
				Map.of("kindCode", "RADIATION_DIAGNOSIS", "number", number, "issueDate", today().toString())));
		String approved = postJson(BASE + "/" + id + "/approve", reviewer, Map.of()).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long licenceId = json.readTree(approved).get("licenceId").asLong();
		mvc.perform(get("/api/v1/licences/{id}", licenceId).header("Authorization", institution))
			.andExpect(jsonPath("$.licence.number").value(number))
			.andExpect(jsonPath("$.licence.holderId").value(hospital.id()));
		// the same number again is refused when filed
		postJson(BASE, institution, filing(RegistrationKind.NEW_LICENCE, null,
				Map.of("kindCode", "RADIATION_DIAGNOSIS", "number", number, "issueDate", today().toString())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("payload.number"));
	}

	@Test
	void nobodyDecidesARequestTheyFiled() throws Exception {
		AccountView both = users.create(new NewAccount("both" + System.nanoTime() % 1_000_000, "Both", TestAccounts.PASSWORD,
				Set.of(Role.INSTITUTION_USER, Role.LEGAL_REVIEWER), "211100", null, hospital.id()));
		String token = accounts.bearer(both);
		long id = file(token, filing(RegistrationKind.CHANGE, licence.id(), Map.of("approvedBeds", "70")));
		postJson(BASE + "/" + id + "/approve", token, Map.of()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.registration.own-request"));
		postJson(BASE + "/" + id + "/return", token, Map.of("reason", "x")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.registration.own-request"));
		// someone else may
		postJson(BASE + "/" + id + "/approve", reviewer, Map.of()).andExpect(status().isOk());
		assertThat(licences.get(licence.id()).approvedBeds()).isEqualTo(70);
	}

	@Test
	void aReturnedRequestCanBeCorrectedAndResubmittedOrWithdrawn() throws Exception {
		long id = file(institution, filing(RegistrationKind.RENEWAL, licence.id(), Map.of("validTo", licence.validTo().plusYears(5).toString())));
		postJson(BASE + "/" + id + "/return", reviewer, Map.of()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		postJson(BASE + "/" + id + "/return", reviewer, Map.of("reason", "请附上延续申请书")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.returnReason").value("请附上延续申请书"));
		postJson(BASE + "/" + id + "/approve", reviewer, Map.of()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.registration.state"));
		postJson(BASE + "/" + id + "/resubmit", institution, Map.of("payload", Map.of("validTo", "2001-01-01")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("payload.validTo"));
		postJson(BASE + "/" + id + "/resubmit", institution,
				Map.of("payload", Map.of("validTo", licence.validTo().plusYears(4).toString(), "note", "已附申请书")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PENDING"));
		postJson(BASE + "/" + id + "/withdraw", reviewer, Map.of()).andExpect(status().isForbidden());
		postJson(BASE + "/" + id + "/withdraw", institution, Map.of("note", "暂不延续")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"));
		postJson(BASE + "/" + id + "/resubmit", institution, Map.of()).andExpect(status().isConflict());
		mvc.perform(get(BASE + "/{id}", id).header("Authorization", reviewer))
			.andExpect(jsonPath("$.events[*].action", hasItems("FILED", "RETURNED", "RESUBMITTED", "WITHDRAWN")));
		assertThat(licences.get(licence.id()).validTo()).isEqualTo(licence.validTo());
	}

	@Test
	void badFilingsNameTheirFields() throws Exception {
		postJson(BASE, institution, filing(RegistrationKind.VERIFICATION, null, Map.of("verifiedOn", "2026-02-30", "colour", "blue")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("licenceId", "payload.verifiedOn", "payload.colour")));
		postJson(BASE, institution, Map.of("payload", Map.of())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		postJson(BASE, institution, filing(RegistrationKind.NEW_LICENCE, null, Map.of("kindCode", "PUBLIC_PLACE_HYGIENE")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("payload.kindCode", "payload.number", "payload.issueDate")));
		// only institution users file; a reviewer may not
		postJson(BASE, reviewer, filing(RegistrationKind.CHANGE, licence.id(), Map.of("approvedBeds", "1")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aLaiwuReviewerNeitherSeesNorDecidesAPanjinRequest() throws Exception {
		long id = file(institution, filing(RegistrationKind.CHANGE, licence.id(), Map.of("scope", "内科；外科")));
		String laiwu = accounts.bearer(accounts.create(Role.LEGAL_REVIEWER, "370116"));
		mvc.perform(get(BASE + "/{id}", id).header("Authorization", laiwu)).andExpect(status().isNotFound());
		postJson(BASE + "/" + id + "/approve", laiwu, Map.of()).andExpect(status().isNotFound());
		mvc.perform(get(BASE).param("status", "PENDING").param("size", "200").header("Authorization", laiwu))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", not(hasItems((int) id))));
		// another institution's user does not see it either
		SubjectRecord other = new LicenceFixtures(registration).hospital("211103", 5);
		String otherUser = accounts.bearer(accounts.create(Role.INSTITUTION_USER, "211100", null, other.id()));
		mvc.perform(get(BASE + "/{id}", id).header("Authorization", otherUser)).andExpect(status().isNotFound());
		// the Panjin reviewer's queue shows it, pending first
		mvc.perform(get(BASE).param("holder", String.valueOf(hospital.id())).header("Authorization", reviewer))
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.items[0].status").value("PENDING"));
	}

	@Test
	void theSystemKeysARequestInOnAnInstitutionsBehalfAndSaysSo() {
		RegistrationView filed = registrations.fileOnBehalf(hospital.id(), RegistrationKind.VERIFICATION, licence.id(),
				Map.of("verifiedOn", today().toString()), "纸质申请录入");
		assertThat(filed.filedBy()).isEqualTo("proxy:" + hospital.id());
		RegistrationView approved = registrations.approve(filed.id(), null);
		assertThat(approved.status()).isEqualTo(RegistrationStatus.APPROVED);
		assertThat(licences.get(licence.id()).lastVerifiedOn()).isEqualTo(today());
	}

	@Test
	void queueAndRequestPagesRenderForReviewerAndInstitution() throws Exception {
		long id = file(institution, filing(RegistrationKind.CHANGE, licence.id(), Map.of("approvedBeds", "65")));
		var reviewerPrincipal = userDetails.loadUserByUsername(reviewerAccount.username());
		mvc.perform(get("/registration").param("status", "PENDING").with(user(reviewerPrincipal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("registration-queue")));
		mvc.perform(get("/registration/{id}", id).with(user(reviewerPrincipal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/registration/" + id + "/approve")));
		var institutionPrincipal = userDetails.loadUserByUsername(institutionUser.username());
		mvc.perform(get("/registrations").with(user(institutionPrincipal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"p.kindCode\"")));
		mvc.perform(get("/registration/{id}", id).with(user(institutionPrincipal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/registration/" + id + "/withdraw")))
			.andExpect(content().string(not(containsString("/registration/" + id + "/approve"))));
		mvc.perform(post("/registration/{id}/return", id).with(user(reviewerPrincipal)).with(csrf()).param("reason", "床位数有误"))
			.andExpect(status().is3xxRedirection());
		JsonNode detail = json.readTree(mvc.perform(get(BASE + "/{id}", id).header("Authorization", institution))
			.andReturn().getResponse().getContentAsString());
		assertThat(detail.get("request").get("status").asString()).isEqualTo("RETURNED");
	}

}
