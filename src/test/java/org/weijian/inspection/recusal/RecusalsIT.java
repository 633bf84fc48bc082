package org.weijian.inspection.recusal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.weijian.agency.Departments;
import org.weijian.agency.InspectorProfile;
import org.weijian.agency.Inspectors;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.inspection.tier.TierFixtures;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.weijian.inspection.tier.TierFixtures.send;

@SpringBootTest
@AutoConfigureMockMvc
class RecusalsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	SubjectRegistration registration;

	@Autowired
	Departments departments;

	@Autowired
	Inspectors inspectors;

	@Autowired
	Recusals recusals;

	@Autowired
	JdbcClient jdbc;

	TestAccounts accounts;

	String planner;

	@BeforeEach
	void setUp() throws Exception {
		accounts = new TestAccounts(users, mvc);
		planner = accounts.bearer(accounts.create(Role.INSPECTOR, "211100"));
	}

	private String read(String bearer, String url, int expected) throws Exception {
		return mvc.perform(get(url).header("Authorization", bearer)).andExpect(status().is(expected)).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void aPlannerDeclaresAndWithdrawsAConflictWhichTheDrawSees() throws Exception {
		InspectorProfile inspector = TierFixtures.inspector(departments, inspectors, "211102");
		long subject = TierFixtures.subject(registration, "211102");
		JsonNode declared = send(mvc, planner, post("/api/v1/inspection/recusals"),
				Map.of("inspectorId", inspector.id(), "subjectId", subject, "reason", "配偶在该机构任职"), 201);
		long id = declared.get("id").asLong();
		assertThat(declared.get("inspectorName").asString()).isEqualTo(inspector.name());
		assertThat(declared.get("active").asBoolean()).isTrue();
		assertThat(recusals.activePairs(List.of(inspector.id(), 123_456_789_012L))).containsExactly(new RecusalPair(inspector.id(), subject));

		JsonNode duplicate = send(mvc, planner, post("/api/v1/inspection/recusals"),
				Map.of("inspectorId", inspector.id(), "subjectId", subject, "reason", "重复申报"), 409);
		assertThat(duplicate.get("code").asString()).isEqualTo("error.inspection.recusal.duplicate");

		assertThat(read(planner, "/api/v1/inspection/recusals?active=true&subjectId=" + subject, 200)).contains("配偶在该机构任职");
		JsonNode missing = send(mvc, planner, post("/api/v1/inspection/recusals/" + id + "/withdraw"), Map.of(), 400);
		assertThat(missing.get("errors").get(0).get("field").asString()).isEqualTo("reason");
		JsonNode withdrawn = send(mvc, planner, post("/api/v1/inspection/recusals/" + id + "/withdraw"), Map.of("reason", "配偶已离职"), 200);
		assertThat(withdrawn.get("active").asBoolean()).isFalse();
		assertThat(withdrawn.get("withdrawalReason").asString()).isEqualTo("配偶已离职");
		assertThat(recusals.activePairs(List.of(inspector.id()))).isEmpty();
		send(mvc, planner, post("/api/v1/inspection/recusals/" + id + "/withdraw"), Map.of("reason", "再次撤回"), 409);
		assertThat(recusals.get(id).withdrawnBy()).isNotNull();

		send(mvc, planner, post("/api/v1/inspection/recusals"), Map.of("inspectorId", inspector.id(), "subjectId", subject, "reason", "又入职"), 201);
		assertThat(recusals.activePairs(List.of(inspector.id()))).hasSize(1);
		assertThat(read(planner, "/api/v1/inspection/recusals?subjectId=" + subject, 200)).contains("配偶已离职").contains("又入职");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action LIKE 'inspection.recusal.%' AND entity_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void badInputIsRefusedNamingTheField() throws Exception {
		InspectorProfile inspector = TierFixtures.inspector(departments, inspectors, "211102");
		long subject = TierFixtures.subject(registration, "211102");
		JsonNode noReason = send(mvc, planner, post("/api/v1/inspection/recusals"), Map.of("inspectorId", inspector.id(), "subjectId", subject), 400);
		assertThat(noReason.get("errors").get(0).get("field").asString()).isEqualTo("reason");
		JsonNode nothing = send(mvc, planner, post("/api/v1/inspection/recusals"), Map.of(), 400);
		assertThat(nothing.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("inspectorId", "subjectId", "reason");
		send(mvc, planner, post("/api/v1/inspection/recusals"), Map.of("inspectorId", 999_999_999L, "subjectId", subject, "reason", "无此人"), 404);
		send(mvc, planner, post("/api/v1/inspection/recusals"),
				Map.of("inspectorId", inspector.id(), "subjectId", 999_999_999_999L, "reason", "无此对象"), 404);
		send(mvc, planner, post("/api/v1/inspection/recusals/999999999999/withdraw"), Map.of("reason", "无此申报"), 404);
		assertThat(recusals.activePairs(List.of(inspector.id()))).isEmpty();
	}

	@Test
	void scopeAndRolesAreEnforced() throws Exception {
		InspectorProfile inspector = TierFixtures.inspector(departments, inspectors, "211102");
		long subject = TierFixtures.subject(registration, "211102");
		String laiwu = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "370116"));
		send(mvc, laiwu, post("/api/v1/inspection/recusals"), Map.of("inspectorId", inspector.id(), "subjectId", subject, "reason", "越权"), 403);
		long id = send(mvc, planner, post("/api/v1/inspection/recusals"),
				Map.of("inspectorId", inspector.id(), "subjectId", subject, "reason", "曾在该机构工作"), 201).get("id").asLong();
		read(laiwu, "/api/v1/inspection/recusals/" + id, 404);
		assertThat(read(laiwu, "/api/v1/inspection/recusals?subjectId=" + subject, 200)).contains("\"totalElements\":0");
		send(mvc, laiwu, post("/api/v1/inspection/recusals/" + id + "/withdraw"), Map.of("reason", "越权"), 403);

		String handler = accounts.bearer(accounts.create(Role.COMPLAINT_HANDLER, "211100"));
		String exchange = accounts.bearer(accounts.create(Role.EXCHANGE_CLIENT, "211100"));
		send(mvc, handler, post("/api/v1/inspection/recusals"), Map.of("inspectorId", inspector.id(), "subjectId", subject, "reason", "无权"), 403);
		send(mvc, exchange, post("/api/v1/inspection/recusals/" + id + "/withdraw"), Map.of("reason", "无权"), 403);
		assertThat(read(exchange, "/api/v1/inspection/recusals/" + id, 200)).contains("曾在该机构工作");
		assertThat(recusals.get(id).active()).isTrue();
	}

}
