package org.weijian.registry.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.weijian.identity.AccountView;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.registry.LicenceView;
import org.weijian.registry.Licences;
import org.weijian.registry.NewLicence;
import org.weijian.registry.RegistrationKind;
import org.weijian.registry.Registrations;
import org.weijian.registry.licence.LicenceFixtures;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class DashboardIT {

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

	JsonNode dashboard(String token) throws Exception {
		return json.readTree(mvc.perform(get("/api/v1/dashboard").header("Authorization", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void anInstitutionUserSeesTheFiguresOfTheirOwnInstitution() throws Exception {
		LocalDate today = LocalDate.now(clock);
		SubjectRecord hospital = new LicenceFixtures(registration).hospital("211103", 90);
		LicenceView due = licences.issue(new NewLicence("MEDICAL_PRACTICE", hospital.id(), hospital.licenceRegNo(), today.minusYears(3),
				null, null, null, null, today.minusYears(1).plusDays(10)));
		LicenceView expiring = licences.issue(new NewLicence("RADIATION_DIAGNOSIS", hospital.id(), "放" + hospital.id(),
				today.minusYears(4), null, today.plusDays(60), null, null, null));
		registrations.fileOnBehalf(hospital.id(), RegistrationKind.CHANGE, due.id(), Map.of("approvedBeds", "95"), "test");
		TestAccounts accounts = new TestAccounts(users, mvc);
		AccountView account = accounts.create(Role.INSTITUTION_USER, "211100", null, hospital.id());

		JsonNode figures = dashboard(accounts.bearer(account));
		assertThat(figures.get("subjectsByCategory")).hasSize(1);
		assertThat(figures.get("subjectsByCategory").get(0).get("code").asString()).isEqualTo("GENERAL_HOSPITAL");
		assertThat(figures.get("subjectsByCategory").get(0).get("count").asLong()).isEqualTo(1);
		assertThat(figures.get("subjectsByCounty").get(0).get("code").asString()).isEqualTo("211103");
		assertThat(figures.get("subjectsByCounty").get(0).get("name").asString()).isEqualTo("兴隆台区");
		assertThat(figures.get("verificationDue").get("withinDays").asInt()).isEqualTo(30);
		assertThat(figures.get("verificationDue").get("count").asLong()).isEqualTo(1);
		assertThat(figures.get("verificationDue").get("items").get(0).get("id").asLong()).isEqualTo(due.id());
		assertThat(figures.get("expiring").get("count").asLong()).isEqualTo(1);
		assertThat(figures.get("expiring").get("items").get(0).get("id").asLong()).isEqualTo(expiring.id());
		assertThat(figures.get("pendingRequests").get("count").asLong()).isEqualTo(1);

		var principal = userDetails.loadUserByUsername(account.username());
		mvc.perform(get("/").with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"table-category\"")))
			.andExpect(content().string(containsString("/licences/" + due.id())))
			.andExpect(content().string(containsString("/js/dashboard.js")))
			.andExpect(content().string(containsString("echarts")));
		mvc.perform(get("/dashboard/figures").with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"subjectsByCounty\"")));
	}

	@Test
	void regionalFiguresStayInTheUsersRegionAndRequestsShowOnlyToThoseWhoHandleThem() throws Exception {
		new LicenceFixtures(registration).hospital("370116", 10);
		TestAccounts accounts = new TestAccounts(users, mvc);
		JsonNode laiwu = dashboard(accounts.bearer(accounts.create(Role.INSPECTOR, "370116")));
		assertThat(laiwu.get("subjectsByCounty")).isNotEmpty()
			.allSatisfy(c -> assertThat(c.get("code").asString()).isEqualTo("370116"));
		assertThat(laiwu.get("pendingRequests").isNull()).isTrue();
		JsonNode reviewer = dashboard(accounts.bearer(accounts.create(Role.LEGAL_REVIEWER, "211100")));
		assertThat(reviewer.get("subjectsByCounty")).allSatisfy(c -> assertThat(c.get("code").asString()).startsWith("2111"));
		assertThat(reviewer.get("pendingRequests").get("count").asLong()).isGreaterThanOrEqualTo(0);
	}

}
