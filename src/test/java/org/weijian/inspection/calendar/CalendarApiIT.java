package org.weijian.inspection.calendar;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.inspection.tier.TierFixtures;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The calendar over REST and its page, and the tier and recusal pages rendering for a reader. */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarApiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	org.weijian.registry.subject.SubjectRegistration registration;

	private String read(String bearer, String url, int expected) throws Exception {
		return mvc.perform(get(url).header("Authorization", bearer)).andExpect(status().is(expected)).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void aYearListsItsHolidaysAndSourceOrSaysItFallsBack() throws Exception {
		TestAccounts accounts = new TestAccounts(users, mvc);
		String reader = accounts.bearer(accounts.create(Role.COMPLAINT_HANDLER, "211100"));
		JsonNode y2025 = TierFixtures.JSON.readTree(read(reader, "/api/v1/inspection/calendar/2025", 200));
		assertThat(y2025.get("covered").asBoolean()).isTrue();
		assertThat(y2025.get("source").get("documentNo").asString()).isEqualTo("国办发明电〔2024〕12号");
		assertThat(y2025.get("days").toString()).contains("\"day\":\"2025-10-01\",\"kind\":\"HOLIDAY\"")
			.contains("\"day\":\"2025-09-28\",\"kind\":\"WORKING\"");
		// 261 weekdays − 18 holiday weekdays + 5 worked weekend days
		assertThat(y2025.get("workingDays").asInt()).isEqualTo(248);
		// 261 weekdays − 19 holiday weekdays + 6 worked weekend days
		assertThat(TierFixtures.JSON.readTree(read(reader, "/api/v1/inspection/calendar/2026", 200)).get("workingDays").asInt()).isEqualTo(248);
		JsonNode y2031 = TierFixtures.JSON.readTree(read(reader, "/api/v1/inspection/calendar/2031", 200));
		assertThat(y2031.get("covered").asBoolean()).isFalse();
		assertThat(y2031.get("days")).isEmpty();
		JsonNode bad = TierFixtures.JSON.readTree(read(reader, "/api/v1/inspection/calendar/1999", 400));
		assertThat(bad.get("errors").get(0).get("field").asString()).isEqualTo("year");
		JsonNode due = TierFixtures.JSON.readTree(read(reader, "/api/v1/inspection/calendar/due?from=2025-09-26&workingDays=20", 200));
		assertThat(due.get("due").asString()).isEqualTo("2025-10-30");
		assertThat(due.get("covered").asBoolean()).isTrue();
		JsonNode badDate = TierFixtures.JSON.readTree(read(reader, "/api/v1/inspection/calendar/due?from=2025-13-01&workingDays=-1", 400));
		assertThat(badDate.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("from", "workingDays");
		long clinic = TierFixtures.subject(registration, "211102");
		String institution = accounts.bearer(accounts.create(Role.INSTITUTION_USER, "211102", null, clinic));
		read(institution, "/api/v1/inspection/calendar/2025", 403);
	}

	@Test
	void thePagesRenderForAReader() throws Exception {
		TestAccounts accounts = new TestAccounts(users, mvc);
		Cookie session = TierFixtures.login(mvc, accounts.create(Role.DEPARTMENT_LEADER, "211100"));
		mvc.perform(get("/inspection/calendar").param("year", "2025").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("国办发明电〔2024〕12号")))
			.andExpect(content().string(containsString("调休上班")));
		mvc.perform(get("/inspection/calendar").param("year", "2031").param("lang", "en").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("counted Monday to Friday")));
		mvc.perform(get("/inspection/tiers").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("重点监管名单")))
			.andExpect(content().string(containsString("href=\"/inspection/tiers\"")));
		mvc.perform(get("/inspection/tiers/key-supervision").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"subjectId\"")));
		mvc.perform(get("/inspection/recusals").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"inspectorId\"")));
	}

}
