package org.weijian.inspection.pool;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.weijian.agency.DepartmentKind;
import org.weijian.agency.DepartmentView;
import org.weijian.agency.Departments;
import org.weijian.agency.Inspectors;
import org.weijian.agency.NewDepartment;
import org.weijian.agency.NewInspector;
import org.weijian.identity.AccountView;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.inspection.draw.DrawVerifier;
import org.weijian.inspection.plan.PlanDraft;
import org.weijian.inspection.plan.PlanView;
import org.weijian.inspection.plan.Plans;
import org.weijian.registry.subject.SubjectDraft;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.shared.Uscc;
import org.weijian.support.MutableClock;
import org.weijian.support.MutableClockConfiguration;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan from approval to its published, verified draw through the API, by the right roles only: the
 * inspector freezes and announces, the leader enters the entropy values, the reviewer confirms them; the
 * record fetched from the public API passes the verifier. And every bad input of the issue: too early,
 * wrong shape, same-user confirmation, a second draw (refused and audited), pool changes after freezing,
 * wrong roles (403), another district's user (404).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class DrawFlowIT {

	static final String REGION = "410102";

	static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 10_000_000);

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	UserAdministration users;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Departments departments;

	@Autowired
	Inspectors inspectors;

	@Autowired
	SubjectRegistration registration;

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	TestAccounts testAccounts;

	LocalDate today;

	@BeforeEach
	void setUp() {
		testAccounts = new TestAccounts(users, mvc);
		today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		clock.setDate(today);
	}

	@Test
	void aPlanIsFrozenAnnouncedEnteredConfirmedDrawnAndVerifiedByTheRightRolesOnly() throws Exception {
		AccountView inspector = testAccounts.create(Role.INSPECTOR, REGION);
		AccountView leader = testAccounts.create(Role.DEPARTMENT_LEADER, REGION);
		AccountView reviewer = testAccounts.create(Role.LEGAL_REVIEWER, REGION);
		AccountView handler = testAccounts.create(Role.COMPLAINT_HANDLER, REGION);
		AccountView laiwu = testAccounts.create(Role.DEPARTMENT_LEADER, "370116");
		String inspectorToken = testAccounts.bearer(inspector);
		String leaderToken = testAccounts.bearer(leader);
		String reviewerToken = testAccounts.bearer(reviewer);
		String handlerToken = testAccounts.bearer(handler);
		String laiwuToken = testAccounts.bearer(laiwu);
		PlanView plan = approvedPlan(inspector, leader);
		String base = "/api/v1/inspection/plans/" + plan.id();

		// freezing needs inspection:plan (the reviewer lacks it), and the plan in the caller's scope
		mvc.perform(post(base + "/announcement").header("Authorization", reviewerToken)).andExpect(status().isForbidden());
		mvc.perform(post(base + "/announcement").header("Authorization", laiwuToken)).andExpect(status().isNotFound());
		JsonNode announced = json(mvc.perform(post(base + "/announcement").header("Authorization", inspectorToken))
			.andExpect(status().isCreated()));
		String drawId = announced.path("drawId").asString();
		assertThat(drawId).isEqualTo(plan.seriesNo() + "-v" + plan.version());
		assertThat(plans.get(plan.id()).status().name()).isEqualTo("ANNOUNCED");
		mvc.perform(post(base + "/announcement").header("Authorization", inspectorToken))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.inspection.pool.already-announced"));

		// the announcement is public at once; the record is not there yet, and says why
		JsonNode doc = json(mvc.perform(get("/api/v1/public/draws/" + drawId + "/announcement")).andExpect(status().isOk()));
		assertThat(doc.path("pool_digest").asString()).isEqualTo(announced.path("objectDigest").asString());
		assertThat(doc.path("sources")).hasSize(2);
		assertThat(doc.path("sources").get(0).path("available_on").asString()).isEqualTo(today.plusDays(2).toString());
		mvc.perform(get("/api/v1/public/announcements/" + plan.id())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/public/draws/" + drawId))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("error.inspection.draw.not-drawn"));
		mvc.perform(get("/api/v1/public/draws/NO-SUCH-v1")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("error.inspection.draw.not-found"));
		byte[] objects = mvc.perform(get("/api/v1/public/draws/" + drawId + "/objects.txt")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN)).andReturn().getResponse().getContentAsByteArray();
		assertThat(sha256(objects)).isEqualTo(doc.path("pool_digest").asString());
		byte[] pooled = mvc.perform(get("/api/v1/public/draws/" + drawId + "/inspectors.txt")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(sha256(pooled)).isEqualTo(doc.path("inspector_pool_digest").asString());
		assertThat(new String(objects, StandardCharsets.UTF_8).lines().count()).isEqualTo(announced.path("objectCount").asLong());

		// too early: the sources are published the day after tomorrow
		String good = "{\"values\": [[3, 17, 29], [4821]]}";
		mvc.perform(post(base + "/entropy").header("Authorization", leaderToken).contentType(MediaType.APPLICATION_JSON).content(good))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("error.inspection.draw.too-early"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(today.plusDays(2).toString())));
		clock.setDate(today.plusDays(2)); // tokens expire by the clock: log in again
		inspectorToken = testAccounts.bearer(inspector);
		leaderToken = testAccounts.bearer(leader);
		reviewerToken = testAccounts.bearer(reviewer);
		handlerToken = testAccounts.bearer(handler);
		laiwuToken = testAccounts.bearer(laiwu);

		// the wrong shape, named per source
		mvc.perform(post(base + "/entropy").header("Authorization", leaderToken).contentType(MediaType.APPLICATION_JSON)
			.content("{\"values\": [[3, 17], [48.5]]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("values[0]"))
			.andExpect(jsonPath("$.errors[0].code").value("error.inspection.draw.value-count"))
			.andExpect(jsonPath("$.errors[1].field").value("values[1]"))
			.andExpect(jsonPath("$.errors[1].code").value("error.inspection.draw.value-integer"));
		mvc.perform(post(base + "/entropy").header("Authorization", leaderToken).contentType(MediaType.APPLICATION_JSON)
			.content("{\"values\": [[3, 17, 31], [4821]]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("error.inspection.draw.value-range"));
		mvc.perform(post(base + "/entropy").header("Authorization", leaderToken).contentType(MediaType.APPLICATION_JSON)
			.content("{\"values\": [[3, 17, 29]]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("error.inspection.draw.source-count"));

		// entering needs inspection:draw (the inspector lacks it) and the plan in scope
		mvc.perform(post(base + "/entropy").header("Authorization", inspectorToken).contentType(MediaType.APPLICATION_JSON).content(good))
			.andExpect(status().isForbidden());
		mvc.perform(post(base + "/entropy").header("Authorization", laiwuToken).contentType(MediaType.APPLICATION_JSON).content(good))
			.andExpect(status().isNotFound());
		mvc.perform(get(base + "/entropy").header("Authorization", laiwuToken)).andExpect(status().isNotFound());

		// maker: a typo first, rejected by a second user; the same user may not decide their own entry
		long typo = json(mvc.perform(post(base + "/entropy").header("Authorization", leaderToken)
			.contentType(MediaType.APPLICATION_JSON).content("{\"values\": [[3, 17, 28], [4821]]}"))
			.andExpect(status().isCreated())).path("id").asLong();
		mvc.perform(post(base + "/entropy").header("Authorization", leaderToken).contentType(MediaType.APPLICATION_JSON).content(good))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.inspection.draw.pending-exists"));
		mvc.perform(post(base + "/entropy/" + typo + "/confirm").header("Authorization", leaderToken))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.inspection.draw.own-entry"));
		mvc.perform(post(base + "/entropy/" + typo + "/reject").header("Authorization", reviewerToken)
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post(base + "/entropy/" + typo + "/reject").header("Authorization", reviewerToken)
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"第一组第三个号码与公告不符\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
		long entry = json(mvc.perform(post(base + "/entropy").header("Authorization", leaderToken)
			.contentType(MediaType.APPLICATION_JSON).content(good))
			.andExpect(status().isCreated())).path("id").asLong();
		mvc.perform(post(base + "/entropy/" + entry + "/confirm").header("Authorization", handlerToken)).andExpect(status().isForbidden());

		// checker: the draw
		JsonNode drawn = json(mvc.perform(post(base + "/entropy/" + entry + "/confirm").header("Authorization", reviewerToken))
			.andExpect(status().isOk()));
		assertThat(drawn.path("key").asString()).isEqualTo("3.17.29./4821./");
		assertThat(drawn.path("enteredBy").asString()).isEqualTo(leader.username());
		assertThat(drawn.path("confirmedBy").asString()).isEqualTo(reviewer.username());
		assertThat(plans.get(plan.id()).status().name()).isEqualTo("DRAWN");

		// the public record: bytes as stored, recomputed by the verifier, digest as on the ledger
		byte[] record = mvc.perform(get("/api/v1/public/draws/" + drawId)).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)).andReturn().getResponse().getContentAsByteArray();
		assertThat(DrawVerifier.verify(record).ok()).as(DrawVerifier.verify(record).toString()).isTrue();
		assertThat(sha256(record)).isEqualTo(drawn.path("recordSha256").asString());
		JsonNode parsed = JSON.readTree(record);
		assertThat(parsed.path("id").asString()).isEqualTo(drawId);
		assertThat(parsed.path("pool_digest").asString()).isEqualTo(doc.path("pool_digest").asString());
		assertThat(parsed.path("tasks").size()).isEqualTo(drawn.path("tasks").asInt()).isPositive();
		assertThat(ledgerEntries("inspection.announced", DrawLedger.ANNOUNCEMENT, drawId)).isEqualTo(1);
		assertThat(ledgerEntries("inspection.drawn", DrawLedger.DRAW, drawId)).isEqualTo(1);
		JsonNode list = json(mvc.perform(get("/api/v1/public/draws?size=200")).andExpect(status().isOk()));
		assertThat(list.path("items").findValuesAsString("id")).contains(drawId);
		mvc.perform(get("/public/draws/" + drawId)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("3.17.29./4821./")));
		mvc.perform(get("/public/draws")).andExpect(status().isOk());

		// a plan is drawn once: a second attempt is refused and the refusal is in the audit trail
		long refusedBefore = refusals(plan.id());
		mvc.perform(post(base + "/entropy").header("Authorization", leaderToken).contentType(MediaType.APPLICATION_JSON).content(good))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.inspection.draw.already-drawn"));
		mvc.perform(post(base + "/entropy/" + entry + "/confirm").header("Authorization", reviewerToken))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.inspection.draw.already-drawn"));
		assertThat(refusals(plan.id())).isEqualTo(refusedBefore + 2);

		// the pools cannot change after the freeze, not even in the database
		assertThatThrownBy(() -> jdbc.sql("UPDATE inspection_pool_object SET stratum = 'ALL' WHERE plan_id = ?").param(plan.id()).update())
			.hasMessageContaining("frozen");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM inspection_pool_inspector WHERE plan_id = ?").param(plan.id()).update())
			.hasMessageContaining("frozen");
		assertThatThrownBy(() -> jdbc.sql("""
				INSERT INTO inspection_pool_object (plan_id, subject_id, subject_name, region_code, category_code, tier, tier_source, stratum)
				VALUES (?, -1, 'x', ?, 'CLINIC', 'B', 'DEFAULT', 'ALL')""").params(plan.id(), REGION).update())
			.hasMessageContaining("frozen");
		assertThatThrownBy(() -> jdbc.sql("UPDATE inspection_draw SET record = ? WHERE plan_id = ?").params(new byte[] { 1 }, plan.id()).update())
			.hasMessageContaining("frozen");
		assertThat(mvc.perform(get("/api/v1/public/draws/" + drawId)).andReturn().getResponse().getContentAsByteArray()).isEqualTo(record);
	}

	@Test
	void aPlanCannotBeAnnouncedOnceASourceDateHasComeOrBeforeApproval() throws Exception {
		AccountView inspector = testAccounts.create(Role.INSPECTOR, REGION);
		AccountView leader = testAccounts.create(Role.DEPARTMENT_LEADER, REGION);
		String token = testAccounts.bearer(inspector);
		PlanView draft = as(inspector, () -> plans.create(draft(departmentId())));
		mvc.perform(post("/api/v1/inspection/plans/" + draft.id() + "/announcement").header("Authorization", token))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.inspection.pool.not-approved"));
		PlanView approved = approvedPlan(inspector, leader);
		clock.setDate(today.plusDays(2));
		mvc.perform(post("/api/v1/inspection/plans/" + approved.id() + "/announcement").header("Authorization",
				testAccounts.bearer(inspector)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.inspection.pool.source-known"));
	}

	@Test
	void thePlanPageFreezesTakesTheValuesAndLetsASecondUserConfirm() throws Exception {
		AccountView inspector = testAccounts.create(Role.INSPECTOR, REGION);
		AccountView leader = testAccounts.create(Role.DEPARTMENT_LEADER, REGION);
		AccountView reviewer = testAccounts.create(Role.LEGAL_REVIEWER, REGION);
		PlanView plan = approvedPlan(inspector, leader);
		String page = "/inspection/plans/" + plan.id();
		mvc.perform(get(page).with(login(inspector))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"announce\"")));
		mvc.perform(post(page + "/announce").with(login(inspector)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("drawDone", "pool.flash.announced"));
		clock.setDate(today.plusDays(2));
		mvc.perform(get(page).with(login(leader))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"enter-entropy\"")));
		mvc.perform(post(page + "/entropy").with(login(leader)).with(csrf()).param("values0", "3 17").param("values1", "4821"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("drawErrors"));
		mvc.perform(post(page + "/entropy").with(login(leader)).with(csrf()).param("values0", "29, 3，17").param("values1", "4821"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("drawDone", "draw.flash.entered"));
		String own = mvc.perform(get(page).with(login(leader))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(own).doesNotContain("id=\"confirm-entropy\"");
		String other = mvc.perform(get(page).with(login(reviewer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(other).contains("id=\"confirm-entropy\"");
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("/entropy/(\\d+)/confirm").matcher(other);
		assertThat(m.find()).isTrue();
		mvc.perform(post(page + "/entropy/" + m.group(1) + "/confirm").with(login(reviewer)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("drawDone", "draw.flash.drawn"));
		String drawId = plan.seriesNo() + "-v" + plan.version();
		mvc.perform(get("/public/draws/" + drawId)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("3.17.29./4821./")));
		mvc.perform(get(page).with(login(reviewer))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/public/draws/" + drawId)));
	}

	/**
	 * Done-when of issue 4, through the pages only: a plan is created with the form, approved, frozen and
	 * announced, its values entered and confirmed, the drawn task worked by its inspector and the result
	 * published, each step by the right role only; the public results page then shows it.
	 */
	@Test
	void aPlanGoesFromTheFormToAPublishedResultThroughThePages() throws Exception {
		AccountView inspector = testAccounts.create(Role.INSPECTOR, REGION);
		AccountView leader = testAccounts.create(Role.DEPARTMENT_LEADER, REGION);
		AccountView reviewer = testAccounts.create(Role.LEGAL_REVIEWER, REGION);
		AccountView handler = testAccounts.create(Role.COMPLAINT_HANDLER, REGION);
		long department = pools();
		String title = "页面全流程" + SEQ.incrementAndGet();
		mvc.perform(planForm(department, title).with(login(handler))).andExpect(status().isForbidden());
		String page = mvc.perform(planForm(department, title).with(login(inspector)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(page).matches("/inspection/plans/\\d+");
		long planId = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
		mvc.perform(post(page + "/approve").with(login(inspector)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(page + "/approve").with(login(leader)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(page + "/announce").with(login(handler)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(page + "/announce").with(login(inspector)).with(csrf()))
			.andExpect(flash().attribute("drawDone", "pool.flash.announced"));
		clock.setDate(today.plusDays(2));
		mvc.perform(post(page + "/entropy").with(login(inspector)).with(csrf()).param("values0", "5 11 23").param("values1", "3177"))
			.andExpect(status().isForbidden());
		mvc.perform(post(page + "/entropy").with(login(leader)).with(csrf()).param("values0", "5 11 23").param("values1", "3177"))
			.andExpect(flash().attribute("drawDone", "draw.flash.entered"));
		String other = mvc.perform(get(page).with(login(reviewer))).andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("/entropy/(\\d+)/confirm").matcher(other);
		assertThat(m.find()).isTrue();
		mvc.perform(post(page + "/entropy/" + m.group(1) + "/confirm").with(login(reviewer)).with(csrf()))
			.andExpect(flash().attribute("drawDone", "draw.flash.drawn"));

		Task task = firstStaffedTask(planId);
		AccountView drawn = linkedAccount(task.inspectorId(), leader);
		clock.setDate(today.plusDays(3));
		String taskPage = "/inspection/tasks/" + task.id();
		assertThat(mvc.perform(get("/inspection/tasks/mine").with(login(drawn))).andReturn().getResponse().getContentAsString())
			.contains(taskPage);
		mvc.perform(post(taskPage + "/complete").with(login(reviewer)).with(csrf()).param("outcome", "QUALIFIED").param("summary", "未见异常"))
			.andExpect(status().isForbidden());
		mvc.perform(post(taskPage + "/complete").with(login(drawn)).with(csrf()).param("outcome", "RECTIFICATION_ORDERED")
			.param("summary", "医疗废物暂存点标识不全，已当场责令整改")).andExpect(status().is3xxRedirection());
		mvc.perform(post(taskPage + "/publish").with(login(drawn)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(taskPage + "/publish").with(login(reviewer)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/public/results")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(task.subjectName())));
		assertThat(ledgerEntries("inspection.result-published", "inspection-task", String.valueOf(task.id())))
			.as("the publication is on the ledger").isEqualTo(1);
	}

	/** The same lifecycle through the REST API with bearer tokens, each step refused to the wrong role. */
	@Test
	void aPlanGoesFromCreationToAPublishedResultThroughTheApi() throws Exception {
		AccountView inspector = testAccounts.create(Role.INSPECTOR, REGION);
		AccountView leader = testAccounts.create(Role.DEPARTMENT_LEADER, REGION);
		AccountView reviewer = testAccounts.create(Role.LEGAL_REVIEWER, REGION);
		String inspectorToken = testAccounts.bearer(inspector);
		String leaderToken = testAccounts.bearer(leader);
		String reviewerToken = testAccounts.bearer(reviewer);
		String plansApi = "/api/v1/inspection/plans";
		String body = JSON.writeValueAsString(draft(pools()));
		mvc.perform(post(plansApi).header("Authorization", reviewerToken).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		JsonNode created = json(mvc.perform(post(plansApi).header("Authorization", inspectorToken).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()));
		long planId = created.path("id").asLong();
		String base = plansApi + "/" + planId;
		mvc.perform(post(base + "/approve").header("Authorization", inspectorToken)).andExpect(status().isForbidden());
		mvc.perform(post(base + "/approve").header("Authorization", leaderToken)).andExpect(status().isOk());
		mvc.perform(post(base + "/announcement").header("Authorization", reviewerToken)).andExpect(status().isForbidden());
		mvc.perform(post(base + "/announcement").header("Authorization", inspectorToken)).andExpect(status().is2xxSuccessful());
		clock.setDate(today.plusDays(2)); // tokens are short-lived: new ones on the new day
		leaderToken = testAccounts.bearer(leader);
		reviewerToken = testAccounts.bearer(reviewer);
		long entry = json(mvc.perform(post(base + "/entropy").header("Authorization", leaderToken).contentType(MediaType.APPLICATION_JSON)
			.content("{\"values\": [[2, 19, 30], [5120]]}")).andExpect(status().isCreated())).path("id").asLong();
		mvc.perform(post(base + "/entropy/" + entry + "/confirm").header("Authorization", reviewerToken)).andExpect(status().isOk());
		String drawId = created.path("seriesNo").asString() + "-v" + created.path("version").asInt();
		byte[] record = mvc.perform(get("/api/v1/public/draws/" + drawId)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(DrawVerifier.verify(record).ok()).isTrue();
		assertIndependentVerifierAccepts(record);

		Task task = firstStaffedTask(planId);
		AccountView drawn = linkedAccount(task.inspectorId(), leader);
		clock.setDate(today.plusDays(3));
		String drawnToken = testAccounts.bearer(drawn);
		inspectorToken = testAccounts.bearer(inspector);
		reviewerToken = testAccounts.bearer(reviewer);
		String taskApi = "/api/v1/inspection/tasks/" + task.id();
		String result = "{\"outcome\": \"QUALIFIED\", \"summary\": \"现场检查未见异常\"}";
		mvc.perform(post(taskApi + "/complete").header("Authorization", inspectorToken).contentType(MediaType.APPLICATION_JSON)
			.content(result)).andExpect(status().isForbidden());
		mvc.perform(post(taskApi + "/complete").header("Authorization", drawnToken).contentType(MediaType.APPLICATION_JSON).content(result))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"));
		mvc.perform(post(taskApi + "/publish").header("Authorization", drawnToken)).andExpect(status().isForbidden());
		mvc.perform(post(taskApi + "/publish").header("Authorization", reviewerToken)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		JsonNode published = json(mvc.perform(get("/api/v1/public/results").param("draw", drawId)).andExpect(status().isOk()));
		assertThat(published.path("items").findValuesAsString("subjectName")).contains(task.subjectName());
	}

	/**
	 * The independent Node.js verifier (written from docs/draw-algorithm.md, sharing no code) recomputes the
	 * server's record too. Node is part of the build machines; where it is missing the check says so and passes.
	 */
	private static void assertIndependentVerifierAccepts(byte[] record) throws Exception {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("draw-record", ".json");
		java.nio.file.Files.write(file, record);
		Process node;
		try {
			node = new ProcessBuilder("node", "tools/draw-verify/verify.mjs", file.toString()).redirectErrorStream(true).start();
		}
		catch (java.io.IOException ex) {
			System.out.println("DrawFlowIT: node is not on the PATH; the independent verifier was NOT run");
			return;
		}
		String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(node.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		assertThat(node.exitValue()).as(output).isZero();
		assertThat(output).startsWith("OK");
		java.nio.file.Files.delete(file);
	}

	record Task(long id, long inspectorId, String subjectName) {
	}

	private Task firstStaffedTask(long planId) {
		return jdbc.sql("""
				SELECT t.id, i.inspector_id, t.subject_name FROM inspection_task t
				JOIN inspection_task_inspector i ON i.task_id = t.id
				WHERE t.plan_id = ? AND t.status = 'ASSIGNED' ORDER BY t.task_index, i.inspector_id LIMIT 1""")
			.param(planId)
			.query((rs, n) -> new Task(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.single();
	}

	private AccountView linkedAccount(long inspectorId, AccountView leader) {
		AccountView account = testAccounts.create(Role.INSPECTOR, REGION);
		as(leader, () -> inspectors.linkAccount(inspectorId, account.username()));
		return account;
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder planForm(long department, String title) {
		return post("/inspection/plans").with(csrf())
			.param("year", String.valueOf(today.getYear()))
			.param("title", title)
			.param("level", "DISTRICT")
			.param("documentNo", "中卫监〔2026〕3号")
			.param("departmentId", String.valueOf(department))
			.param("regionCode", REGION)
			.param("categories", "GENERAL_HOSPITAL")
			.param("ratioMode", "UNIFORM")
			.param("ratioAll", "0.5")
			.param("inspectorsPerTask", "2")
			.param("capPerInspector", "")
			.param("windowStart", today.plusDays(3).toString())
			.param("deadline", today.plusDays(60).toString())
			.param("publicationWorkingDays", "20")
			.param("dept0", "").param("deptCount0", "")
			.param("sourceName0", "测试彩票").param("sourceDescription0", "测试用彩票开奖号码")
			.param("sourceAvailableOn0", today.plusDays(2).toString()).param("sourceValueCount0", "3")
			.param("sourceMin0", "1").param("sourceMax0", "30")
			.param("sourceName1", "测试指数").param("sourceDescription1", "测试用指数收盘点位")
			.param("sourceAvailableOn1", today.plusDays(2).toString()).param("sourceValueCount1", "1")
			.param("sourceMin1", "1000").param("sourceMax1", "9999");
	}

	private RequestPostProcessor login(AccountView account) {
		return user(accounts.loadUserByUsername(account.username()));
	}

	// --- fixtures ------------------------------------------------------------------------------------

	private PlanView approvedPlan(AccountView inspector, AccountView leader) {
		long department = pools();
		PlanView plan = as(inspector, () -> plans.create(draft(department)));
		return as(leader, () -> plans.approve(plan.id(), plan.rowVersion()));
	}

	/** Four more operating hospitals and four more certified inspectors in the region; the department's id. */
	private long pools() {
		long department = departmentId();
		for (int i = 0; i < 4; i++) {
			hospital();
			inspectors.create(new NewInspector("抽取测试员" + SEQ.incrementAndGet(), "TDRAW" + SEQ.incrementAndGet(),
					today.minusYears(1).toString(), today.plusYears(3).toString(), department, REGION, List.of("MEDICAL_SERVICE"), null));
		}
		return department;
	}

	private long departmentId() {
		return departments.byRegion(REGION)
			.stream()
			.filter(d -> d.kind() == DepartmentKind.HEALTH_SUPERVISION)
			.findFirst()
			.map(DepartmentView::id)
			.orElseGet(() -> departments.create(new NewDepartment("TDRAW" + SEQ.incrementAndGet(), "中原区卫生健康综合监督执法大队",
					DepartmentKind.HEALTH_SUPERVISION.name(), REGION)).id());
	}

	private PlanDraft draft(long department) {
		return new PlanDraft(String.valueOf(today.getYear()), "抽取流程测试" + SEQ.incrementAndGet(), "DISTRICT", null,
				String.valueOf(department), REGION, List.of("GENERAL_HOSPITAL"), "MEDICAL_INSTITUTION", "UNIFORM", Map.of("ALL", "0.5"),
				"2", null, null, today.plusDays(3).toString(), today.plusDays(60).toString(), "20",
				List.of(new PlanDraft.Source("测试彩票", "测试用彩票开奖号码", today.plusDays(2).toString(), "3", "1", "30"),
						new PlanDraft.Source("测试指数", "测试用指数收盘点位", today.plusDays(2).toString(), "1", "1000", "9999")),
				null);
	}

	private void hospital() {
		String org = String.format("%08d", SEQ.incrementAndGet() % 100_000_000);
		String orgCode = org + Uscc.organizationCheckCharacter(org);
		String uscc = Uscc.withCheckCharacter("12" + REGION + orgCode);
		registration.register(new SubjectDraft(null, "GENERAL_HOSPITAL", "中原区抽取测试医院" + org, uscc, REGION, null, "测试路 1 号", "张三",
				"李四", "LEVEL2_A", "PUBLIC", false, orgCode + REGION + "11A1001", 100, List.of("内科"), Map.of()));
	}

	private <T> T as(AccountView account, Supplier<T> work) {
		UserDetails principal = accounts.loadUserByUsername(account.username());
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private long ledgerEntries(String type, String subjectType, String subjectId) {
		return jdbc.sql("SELECT count(*) FROM ledger_entry WHERE entry_type = ? AND subject_type = ? AND subject_id = ?")
			.params(type, subjectType, subjectId)
			.query(Long.class)
			.single();
	}

	private long refusals(long planId) {
		return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'inspection.draw-refused' AND entity_id = ?")
			.param(String.valueOf(planId))
			.query(Long.class)
			.single();
	}

	private static JsonNode json(ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsByteArray());
	}

	private static String sha256(byte[] bytes) throws Exception {
		return "sha256:" + HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
