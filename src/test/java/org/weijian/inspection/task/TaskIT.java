package org.weijian.inspection.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.agency.DepartmentView;
import org.weijian.agency.Departments;
import org.weijian.agency.InspectorProfile;
import org.weijian.agency.Inspectors;
import org.weijian.identity.AccountView;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.inspection.PlanDrawn;
import org.weijian.inspection.calendar.WorkingDays;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Tasks from a draw, results recorded by the drawn inspectors only, and their publication (一公开). */
@SpringBootTest
@AutoConfigureMockMvc
class TaskIT {

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
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	TestAccounts accounts;

	TaskFixtures fixtures;

	SubjectRecord hospital;

	SubjectRecord hotel;

	InspectorProfile first;

	InspectorProfile second;

	InspectorProfile other;

	AccountView firstAccount;

	AccountView secondAccount;

	AccountView otherAccount;

	String drawId;

	PlanDrawn drawn;

	@BeforeEach
	void setUp() throws Exception {
		accounts = new TestAccounts(users, mvc);
		fixtures = new TaskFixtures(registration, departments, inspectors, events, tx);
		hospital = fixtures.subject("GENERAL_HOSPITAL", "任务测试医院" + TaskFixtures.unique("H"), "211102");
		hotel = fixtures.subject("PUBLIC_PLACE", "任务测试宾馆" + TaskFixtures.unique("P"), "211102");
		DepartmentView department = fixtures.department("211100");
		first = fixtures.inspector(department, "211100");
		second = fixtures.inspector(department, "211100");
		other = fixtures.inspector(department, "211100");
		firstAccount = accounts.create(Role.INSPECTOR, "211102");
		secondAccount = accounts.create(Role.INSPECTOR, "211100");
		otherAccount = accounts.create(Role.INSPECTOR, "211102");
		String admin = accounts.bearer(accounts.create(Role.SYSTEM_ADMIN, null));
		link(admin, first, firstAccount);
		link(admin, second, secondAccount);
		link(admin, other, otherAccount);
		drawId = TaskFixtures.unique("DRAW");
		LocalDate today = LocalDate.now();
		drawn = fixtures.drawn(TaskFixtures.next(), drawId, "211100", department.id(), today,
				today.plusMonths(2), 20, List.of(TaskFixtures.staffed(0, hospital, first, second),
						TaskFixtures.unstaffed(1, hotel, "eligible 1 < required 2")));
	}

	void link(String admin, InspectorProfile inspector, AccountView account) throws Exception {
		send(admin, put("/api/v1/inspectors/{id}/account", inspector.id()), Map.of("username", account.username()), 200);
	}

	JsonNode send(String bearer, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Object body,
			int expected) throws Exception {
		String response = mvc.perform(request.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body))).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
		return response.isEmpty() ? json.nullNode() : json.readTree(response);
	}

	JsonNode read(String bearer, String url, int expected, Object... vars) throws Exception {
		var request = get(url, vars);
		if (bearer != null) {
			request.header("Authorization", bearer);
		}
		String response = mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
		return response.isEmpty() ? json.nullNode() : json.readTree(response);
	}

	JsonNode tasks(String bearer) throws Exception {
		return read(bearer, "/api/v1/inspection/tasks?draw={d}", 200, drawId).get("items");
	}

	long taskId(int index) throws Exception {
		String leader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "211100"));
		for (JsonNode t : tasks(leader)) {
			if (t.get("taskIndex").asInt() == index) {
				return t.get("id").asLong();
			}
		}
		throw new AssertionError("no task " + index);
	}

	static Map<String, Object> result(String outcome, String summary) {
		return Map.of("outcome", outcome, "summary", summary);
	}

	@Test
	void theDrawCreatesOneTaskPerDrawnObjectOnce() throws Exception {
		String leader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "211100"));
		JsonNode items = tasks(leader);
		assertThat(items).hasSize(2);
		JsonNode staffed = items.get(0);
		assertThat(staffed.get("status").asString()).isEqualTo("ASSIGNED");
		assertThat(staffed.get("subjectName").asString()).isEqualTo(hospital.name());
		assertThat(staffed.get("inspectors").findValuesAsString("name")).containsExactly(first.name(), second.name());
		assertThat(items.get(1).get("status").asString()).isEqualTo("UNSTAFFED");
		assertThat(items.get(1).get("unstaffedReason").asString()).isEqualTo("eligible 1 < required 2");
		assertThat(items.get(1).get("inspectors")).isEmpty();

		fixtures.publish(drawn); // the same draw again: nothing new
		assertThat(tasks(leader)).hasSize(2);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'inspection.tasks-created' AND entity_id = ?")
			.param(drawId).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theDrawnInspectorSeesTheTaskUnderMyTasks() throws Exception {
		JsonNode mine = read(accounts.bearer(firstAccount), "/api/v1/inspection/tasks/mine?size=200", 200).get("items");
		assertThat(mine.findValuesAsString("drawId")).contains(drawId);
		JsonNode others = read(accounts.bearer(otherAccount), "/api/v1/inspection/tasks/mine?size=200", 200).get("items");
		assertThat(others.findValuesAsString("drawId")).doesNotContain(drawId);
		// an inspector of another district may not read the task, the drawn one may even outside their scope
		AccountView elsewhere = accounts.create(Role.INSPECTOR, "370116");
		read(accounts.bearer(elsewhere), "/api/v1/inspection/tasks/{id}", 404, taskId(0));
		read(accounts.bearer(firstAccount), "/api/v1/inspection/tasks/{id}", 200, taskId(0));
	}

	@Test
	void onlyADrawnInspectorRecordsTheResultAndOnlyOnce() throws Exception {
		long id = taskId(0);
		String leader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "211100"));
		send(leader, post("/api/v1/inspection/tasks/{id}/complete", id), result("QUALIFIED", "未见异常"), 403); // wrong role
		send(accounts.bearer(otherAccount), post("/api/v1/inspection/tasks/{id}/complete", id), result("QUALIFIED", "未见异常"), 403);
		AccountView elsewhere = accounts.create(Role.INSPECTOR, "370116");
		send(accounts.bearer(elsewhere), post("/api/v1/inspection/tasks/{id}/complete", id), result("QUALIFIED", "x"), 404);

		String firstBearer = accounts.bearer(firstAccount);
		JsonNode bad = send(firstBearer, post("/api/v1/inspection/tasks/{id}/complete", id), Map.of("outcome", "GOOD", "summary", ""), 400);
		assertThat(bad.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("outcome", "summary");
		assertThat(bad.get("errors").findValuesAsString("code")).contains("error.inspection.task.outcome-unknown", "error.field.required");
		JsonNode tooLong = send(firstBearer, post("/api/v1/inspection/tasks/{id}/complete", id), result("QUALIFIED", "长".repeat(2001)), 400);
		assertThat(tooLong.get("errors").get(0).get("code").asString()).isEqualTo("error.field.too-long");

		JsonNode done = send(firstBearer, post("/api/v1/inspection/tasks/{id}/complete", id),
				result("RECTIFICATION_ORDERED", "消毒记录不全，责令十日内整改"), 200);
		assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(done.get("completedByInspectorId").asLong()).isEqualTo(first.id());
		LocalDate completedOn = LocalDate.parse(done.get("completedOn").asString());
		assertThat(LocalDate.parse(done.get("publicationDue").asString())).isEqualTo(workingDays.plus(completedOn, 20));

		JsonNode again = send(accounts.bearer(secondAccount), post("/api/v1/inspection/tasks/{id}/complete", id),
				result("QUALIFIED", "复查合格"), 409);
		assertThat(again.get("code").asString()).isEqualTo("error.inspection.task.already-completed");
		JsonNode unstaffed = send(firstBearer, post("/api/v1/inspection/tasks/{id}/complete", taskId(1)), result("QUALIFIED", "x"), 409);
		assertThat(unstaffed.get("code").asString()).isEqualTo("error.inspection.task.unstaffed");

		assertThat(jdbc.sql("SELECT count(*) FROM ledger_entry WHERE entry_type = 'inspection.result-recorded' AND subject_id = ? AND NOT public_act")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'inspection.task-completed' AND entity_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aConfirmedResultIsPublicWithoutPersonalDataAndInTheLedger() throws Exception {
		long id = taskId(0);
		AccountView reviewer = accounts.create(Role.LEGAL_REVIEWER, "211100");
		String reviewerBearer = accounts.bearer(reviewer);
		JsonNode notYet = send(reviewerBearer, post("/api/v1/inspection/tasks/{id}/publish", id), Map.of(), 409);
		assertThat(notYet.get("code").asString()).isEqualTo("error.inspection.task.not-completed");
		send(accounts.bearer(firstAccount), post("/api/v1/inspection/tasks/{id}/complete", id), result("CASE_FILED", "超范围执业，立案查处"), 200);

		send(accounts.bearer(firstAccount), post("/api/v1/inspection/tasks/{id}/publish", id), Map.of(), 403); // inspectors do not publish
		send(accounts.bearer(accounts.create(Role.LEGAL_REVIEWER, "370116")), post("/api/v1/inspection/tasks/{id}/publish", id), Map.of(), 404);
		JsonNode awaiting = read(reviewerBearer, "/api/v1/inspection/tasks/awaiting-publication?size=200", 200).get("items");
		assertThat(awaiting.findValuesAsString("drawId")).contains(drawId);
		read(null, "/api/v1/public/results/{id}", 404, id);

		JsonNode published = send(reviewerBearer, post("/api/v1/inspection/tasks/{id}/publish", id), Map.of(), 200);
		assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(published.get("publishedBy").asString()).isEqualTo(reviewer.username());
		JsonNode twice = send(reviewerBearer, post("/api/v1/inspection/tasks/{id}/publish", id), Map.of(), 409);
		assertThat(twice.get("code").asString()).isEqualTo("error.inspection.task.already-published");

		String body = mvc.perform(get("/api/v1/public/results?draw={d}", drawId)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		JsonNode items = json.readTree(body).get("items");
		assertThat(items).hasSize(1);
		assertThat(items.get(0).get("subjectName").asString()).isEqualTo(hospital.name());
		assertThat(items.get(0).get("uscc").asString()).isEqualTo(hospital.uscc());
		assertThat(items.get(0).get("outcome").asString()).isEqualTo("CASE_FILED");
		assertThat(body).doesNotContain(first.name(), "超范围执业", firstAccount.username());
		read(null, "/api/v1/public/results?region=211102&size=200", 200);
		JsonNode badRegion = read(null, "/api/v1/public/results?region=99", 400);
		assertThat(badRegion.get("errors").get(0).get("field").asString()).isEqualTo("region");

		byte[] entry = jdbc.sql("SELECT leaf_input FROM ledger_entry WHERE entry_type = 'inspection.result-published' AND subject_id = ? AND public_act")
			.param(String.valueOf(id)).query(byte[].class).single();
		String text = new String(entry, java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).contains(drawId, hospital.uscc(), "CASE_FILED").doesNotContain(first.name(), "超范围执业");
	}

	@Test
	void aPublishingUserMayNotConfirmTheirOwnResult() throws Exception {
		long id = taskId(0);
		AccountView admin = accounts.create(Role.SYSTEM_ADMIN, null);
		String adminBearer = accounts.bearer(admin);
		link(adminBearer, first, admin);
		send(adminBearer, post("/api/v1/inspection/tasks/{id}/complete", id), result("NOT_FOUND", "登记地址未发现该机构"), 200);
		JsonNode own = send(adminBearer, post("/api/v1/inspection/tasks/{id}/publish", id), Map.of(), 409);
		assertThat(own.get("code").asString()).isEqualTo("error.inspection.task.publisher-is-recorder");
	}

	@Test
	void anAccountServesOneInspector() throws Exception {
		String admin = accounts.bearer(accounts.create(Role.SYSTEM_ADMIN, null));
		JsonNode taken = send(admin, put("/api/v1/inspectors/{id}/account", other.id()), Map.of("username", firstAccount.username()), 409);
		assertThat(taken.get("code").asString()).isEqualTo("error.inspector.account-taken");
		JsonNode format = send(admin, put("/api/v1/inspectors/{id}/account", other.id()), Map.of("username", "Bad Name"), 400);
		assertThat(format.get("errors").get(0).get("field").asString()).isEqualTo("username");
		String leader = accounts.bearer(accounts.create(Role.INSPECTOR, "211100"));
		send(leader, put("/api/v1/inspectors/{id}/account", other.id()), Map.of("username", "someone.else"), 403);
		assertThat(inspectors.findByAccount(firstAccount.username())).map(InspectorProfile::id).contains(first.id());
		java.util.Map<String, Object> unlink = new java.util.HashMap<>();
		unlink.put("username", null);
		send(admin, put("/api/v1/inspectors/{id}/account", other.id()), unlink, 200);
		assertThat(inspectors.findByAccount(otherAccount.username())).isEmpty();
	}

}
