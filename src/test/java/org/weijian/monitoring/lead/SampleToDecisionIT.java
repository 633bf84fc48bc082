package org.weijian.monitoring.lead;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.monitoring.ClaimRuleBreached;
import org.weijian.monitoring.run.RunFixture;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.support.MutableClockConfiguration;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The two done-when items end to end, with nothing written behind the application's back: the labelled sample
 * uploaded and run through the REST API gives the answer files byte for byte, its findings become leads under rule base
 * v1, and one of them is carried 初审 → 复审 → 申诉 (the institution appeals in its portal) → 核查 → 处理 by the right
 * roles, each wrong role refused, ending in {@link ClaimRuleBreached}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, ClaimRuleBreachedCapture.class })
class SampleToDecisionIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	SubjectRegistration registration;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ClaimRuleBreachedCapture.Events breaches;

	@Test
	void theSampleRunsThroughTheApplicationAndALeadIsCarriedFromInitialReviewToDecision() throws Exception {
		TestAccounts accounts = new TestAccounts(users, mvc);
		RunFixture runs = new RunFixture(mvc);
		String leader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "211100"));
		String inspector = accounts.bearer(accounts.create(Role.INSPECTOR, "211100"));
		String reviewer = accounts.bearer(accounts.create(Role.LEGAL_REVIEWER, "211100"));

		// the sample, uploaded and run under v1, comes out exactly
		long datasetId = runs.uploadSample(leader, "盘锦 样本 端到端").path("id").asLong();
		JsonNode run = runs.await(leader, runs.requestRun(leader, datasetId, "v1", false, 202).path("id").asLong());
		assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
		long runId = run.path("id").asLong();
		Path sample = RunFixture.sample();
		assertThat(runs.download(leader, "/api/v1/monitoring/runs/" + runId + "/hits.csv", 200))
			.isEqualTo(Files.readAllBytes(sample.resolve("expected_hits.csv")));
		assertThat(runs.download(leader, "/api/v1/monitoring/runs/" + runId + "/warnings.csv", 200))
			.isEqualTo(Files.readAllBytes(sample.resolve("expected_warnings.csv")));

		// every hit and warning is a lead in 初审, recording v1
		List<String> expectedHits = Files.readAllLines(sample.resolve("expected_hits.csv"));
		int expectedLeads = expectedHits.size() - 1 + Files.readAllLines(sample.resolve("expected_warnings.csv")).size() - 1;
		JsonNode leads = runs.getJson(leader, "/api/v1/monitoring/leads?run=" + runId + "&stage=INITIAL_REVIEW&size=100", 200);
		assertThat(leads.path("totalElements").asInt()).isEqualTo(expectedLeads);
		leads.path("items").forEach(l -> assertThat(l.path("ruleBaseVersion").asString()).isEqualTo("v1"));

		// the sample's split admission (分解住院) at one hospital, linked to a registered institution with its own user
		String splitLine = expectedHits.stream().filter(l -> l.startsWith("SPLIT_ADM,")).findFirst().orElseThrow();
		String[] cells = splitLine.split(",");
		String code = cells[3];
		JsonNode lead = runs.getJson(leader, "/api/v1/monitoring/leads?run=" + runId + "&rule=SPLIT_ADM&institution=" + code, 200)
			.path("items").get(0);
		long id = lead.path("id").asLong();
		assertThat(new BigDecimal(lead.path("amount").asString())).isEqualByComparingTo(cells[5]);
		SubjectRecord hospital = new LeadFixtures(jdbc, events, tx, registration).hospital("211102");
		String institution = accounts.bearer(accounts.create(Role.INSTITUTION_USER, "211100", null, hospital.id()));
		call(leader, put("/api/v1/monitoring/institution-links/{code}", code), Map.of("subjectId", hospital.id()), 200);

		// 初审 by an inspector; the institution may not review its own lead
		decide(institution, id, "initial-review", "CONFIRM", 403);
		assertThat(decide(inspector, id, "initial-review", "CONFIRM", 200).path("stage").asString()).isEqualTo("SECOND_REVIEW");
		// 复审 by a second person: the same inspector is refused, the legal reviewer confirms
		decide(inspector, id, "second-review", "CONFIRM", 409);
		assertThat(decide(reviewer, id, "second-review", "CONFIRM", 200).path("stage").asString()).isEqualTo("APPEAL");
		// 申诉 in the institution's portal; the office cannot answer for it
		assertThat(runs.getJson(institution, "/api/v1/portal/leads", 200).toString()).contains("\"id\":" + id + ",");
		call(inspector, post("/api/v1/portal/leads/{id}/answer", id), Map.of("answer", "ACCEPT"), 403);
		assertThat(call(institution, post("/api/v1/portal/leads/{id}/answer", id),
				Map.of("answer", "APPEAL", "statement", "两次住院为不同疾病，不属分解住院"), 200).path("stage").asString()).isEqualTo("VERIFICATION");
		// 核查 by an inspector; the legal reviewer has no monitoring:verify
		decide(reviewer, id, "verification", "UPHOLD", 403);
		assertThat(decide(inspector, id, "verification", "UPHOLD", 200).path("stage").asString()).isEqualTo("DISPOSAL");
		// 处理 by the leader; the inspector has no monitoring:decide
		call(inspector, post("/api/v1/monitoring/leads/{id}/disposal", id), Map.of("measures", List.of("RECOVER"), "amountRecovered", "1"), 403);
		JsonNode decided = call(leader, post("/api/v1/monitoring/leads/{id}/disposal", id),
				Map.of("measures", List.of("RECOVER"), "amountRecovered", cells[5], "note", "追回分解住院费用"), 200);
		assertThat(decided.path("stage").asString()).isEqualTo("CONFIRMED");

		ClaimRuleBreached breach = breaches.of(id);
		assertThat(breach.ruleCode()).isEqualTo("SPLIT_ADM");
		assertThat(breach.ruleBaseVersion()).isEqualTo("v1");
		assertThat(breach.fixmedinsCode()).isEqualTo(code);
		assertThat(breach.subjectId()).isEqualTo(hospital.id());
		assertThat(breach.amountInvolved()).isEqualByComparingTo(cells[5]);
		assertThat(breach.amountRecovered()).isEqualByComparingTo(cells[5]);
		assertThat(runs.getJson(leader, "/api/v1/monitoring/leads/" + id, 200).path("history").findValuesAsString("action"))
			.containsExactly("RAISED", "INITIAL_CONFIRM", "SECOND_CONFIRM", "APPEAL_LODGED", "VERIFY_UPHOLD", "DECIDE");
	}

	private JsonNode decide(String bearer, long id, String step, String decision, int expected) throws Exception {
		return call(bearer, post("/api/v1/monitoring/leads/{id}/" + step, id), Map.of("decision", decision, "note", "已核对"), expected);
	}

	private JsonNode call(String bearer, MockHttpServletRequestBuilder request, Object body, int expected) throws Exception {
		String response = mvc.perform(request.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
			.content(RunFixture.JSON.writeValueAsString(body))).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
		return response.isEmpty() ? RunFixture.JSON.nullNode() : RunFixture.JSON.readTree(response);
	}

}
