package org.weijian.inspection.tier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.inspection.RiskTier;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.Violation;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.weijian.inspection.tier.TierFixtures.send;

@SpringBootTest
@AutoConfigureMockMvc
class RiskTiersIT {

	private static final String PANJIN_DISTRICT = "211102";

	private static final String LAIWU = "370116";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	SubjectRegistration registration;

	@Autowired
	RiskTiers tiers;

	@Autowired
	JdbcClient jdbc;

	TestAccounts accounts;

	String leader;

	@BeforeEach
	void setUp() throws Exception {
		accounts = new TestAccounts(users, mvc);
		leader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "211100"));
	}

	private long subject() {
		return TierFixtures.subject(registration, PANJIN_DISTRICT);
	}

	private String get(String bearer, String url, int expected) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url).header("Authorization", bearer))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is(expected))
			.andReturn().getResponse().getContentAsString();
	}

	@Test
	void anUnassessedSubjectHasTheRuleTablesDefault() throws Exception {
		long id = subject();
		assertThat(tiers.defaultTier()).isEqualTo(RiskTier.B);
		assertThat(tiers.tierOf(id)).isEqualTo(new TierAssignment(id, RiskTier.B, TierSource.DEFAULT, null, null));
		JsonNode body = TierFixtures.JSON.readTree(get(leader, "/api/v1/inspection/tiers?ids=" + id, 200));
		assertThat(body.get(0).get("tier").get("tier").asString()).isEqualTo("B");
		assertThat(body.get(0).get("tier").get("source").asString()).isEqualTo("DEFAULT");
		assertThat(get(leader, "/api/v1/inspection/tiers/rules", 200)).contains("DEFAULT_TIER").contains("林甸县");
	}

	@Test
	void aLeaderSetsATierWithAReasonAndItIsKeptAndAudited() throws Exception {
		long id = subject();
		JsonNode set = send(mvc, leader, put("/api/v1/inspection/tiers/" + id), Map.of("tier", "C", "reason", "近两年有行政处罚记录"), 200);
		assertThat(set.get("tier").asString()).isEqualTo("C");
		assertThat(set.get("source").asString()).isEqualTo("MANUAL");
		assertThat(set.get("reason").asString()).isEqualTo("近两年有行政处罚记录");
		send(mvc, leader, put("/api/v1/inspection/tiers/" + id), Map.of("tier", "a", "reason", "上年度抽查合格，信用良好"), 200);
		JsonNode detail = TierFixtures.JSON.readTree(get(leader, "/api/v1/inspection/tiers/" + id, 200));
		assertThat(detail.get("subject").get("tier").get("tier").asString()).isEqualTo("A");
		JsonNode history = detail.get("history");
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("tierBefore").asString()).isEqualTo("C");
		assertThat(history.get(0).get("tierAfter").asString()).isEqualTo("A");
		assertThat(history.get(1).get("sourceBefore").asString()).isEqualTo("DEFAULT");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'inspection.tier.set' AND entity_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
		assertThatThrownBy(() -> jdbc.sql("UPDATE inspection_tier_change SET reason = 'x' WHERE subject_id = ?").param(id).update())
			.hasMessageContaining("append-only");
		String assigned = get(leader, "/api/v1/inspection/tiers/assigned?tier=A&source=MANUAL&size=200", 200);
		assertThat(assigned).contains("\"id\":" + id);
		JsonNode reset = send(mvc, leader, post("/api/v1/inspection/tiers/" + id + "/reset"), Map.of("reason", "重新评估"), 200);
		assertThat(reset.get("source").asString()).isEqualTo("DEFAULT");
		send(mvc, leader, post("/api/v1/inspection/tiers/" + id + "/reset"), Map.of("reason", "再次撤销"), 409);
	}

	@Test
	void badInputIsRefusedNamingTheField() throws Exception {
		long id = subject();
		JsonNode noReason = send(mvc, leader, put("/api/v1/inspection/tiers/" + id), Map.of("tier", "C"), 400);
		assertThat(noReason.get("errors").get(0).get("field").asString()).isEqualTo("reason");
		assertThat(noReason.get("errors").get(0).get("code").asString()).isEqualTo("error.field.required");
		JsonNode blank = send(mvc, leader, put("/api/v1/inspection/tiers/" + id), Map.of("tier", "C", "reason", "   "), 400);
		assertThat(blank.get("errors").get(0).get("field").asString()).isEqualTo("reason");
		JsonNode unknown = send(mvc, leader, put("/api/v1/inspection/tiers/" + id), Map.of("tier", "E", "reason", "理由"), 400);
		assertThat(unknown.get("errors").get(0).get("field").asString()).isEqualTo("tier");
		assertThat(unknown.get("errors").get(0).get("code").asString()).isEqualTo("error.inspection.tier.unknown");
		JsonNode both = send(mvc, leader, put("/api/v1/inspection/tiers/" + id), Map.of(), 400);
		assertThat(both.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("tier", "reason");
		JsonNode tooLong = send(mvc, leader, put("/api/v1/inspection/tiers/" + id), Map.of("tier", "C", "reason", "长".repeat(501)), 400);
		assertThat(tooLong.get("errors").get(0).get("code").asString()).isEqualTo("error.field.too-long");
		send(mvc, leader, put("/api/v1/inspection/tiers/999999999999"), Map.of("tier", "C", "reason", "理由"), 404);
		get(leader, "/api/v1/inspection/tiers/assigned?source=DEFAULT", 400);
		get(leader, "/api/v1/inspection/tiers/assigned?tier=X", 400);
		assertThat(tiers.tierOf(id).source()).isEqualTo(TierSource.DEFAULT);
	}

	@Test
	void aSubjectOutsideTheScopeIsHiddenOnReadAndRefusedOnWrite() throws Exception {
		long panjin = subject();
		String laiwu = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, LAIWU));
		send(mvc, laiwu, put("/api/v1/inspection/tiers/" + panjin), Map.of("tier", "C", "reason", "越权"), 403);
		send(mvc, laiwu, post("/api/v1/inspection/key-supervision"), Map.of("subjectId", panjin, "reason", "越权"), 403);
		get(laiwu, "/api/v1/inspection/tiers/" + panjin, 404);
		get(laiwu, "/api/v1/inspection/tiers?ids=" + panjin, 404);
		send(mvc, leader, put("/api/v1/inspection/tiers/" + panjin), Map.of("tier", "C", "reason", "本辖区"), 200);
		assertThat(get(laiwu, "/api/v1/inspection/tiers/assigned?size=200", 200)).doesNotContain("\"id\":" + panjin + ",");
		assertThat(tiers.tierOf(panjin).tier()).isEqualTo(RiskTier.C);
	}

	@Test
	void theKeySupervisionListMakesTierDUntilDelisted() throws Exception {
		long manual = subject();
		long plain = subject();
		send(mvc, leader, put("/api/v1/inspection/tiers/" + manual), Map.of("tier", "C", "reason", "近两年有行政处罚记录"), 200);
		JsonNode listed = send(mvc, leader, post("/api/v1/inspection/key-supervision"), Map.of("subjectId", manual, "reason", "发生医疗事故"), 201);
		assertThat(listed.get("tier").asString()).isEqualTo("D");
		assertThat(listed.get("source").asString()).isEqualTo("KEY_SUPERVISION");
		send(mvc, leader, post("/api/v1/inspection/key-supervision"), Map.of("subjectId", plain, "reason", "群众投诉集中"), 201);
		JsonNode conflict = send(mvc, leader, put("/api/v1/inspection/tiers/" + manual), Map.of("tier", "A", "reason", "想改低"), 409);
		assertThat(conflict.get("code").asString()).isEqualTo("error.inspection.tier.key-supervision");
		send(mvc, leader, post("/api/v1/inspection/key-supervision"), Map.of("subjectId", manual, "reason", "再次列入"), 409);
		send(mvc, leader, post("/api/v1/inspection/key-supervision"), Map.of("reason", "缺对象"), 400);
		JsonNode missingReason = send(mvc, leader, post("/api/v1/inspection/key-supervision"), Map.of("subjectId", plain), 400);
		assertThat(missingReason.get("errors").get(0).get("field").asString()).isEqualTo("reason");
		assertThat(tiers.tiersOf(List.of(manual, plain)).values()).extracting(TierAssignment::tier).containsOnly(RiskTier.D);
		String list = get(leader, "/api/v1/inspection/key-supervision?size=200", 200);
		assertThat(list).contains("\"id\":" + manual).contains("\"id\":" + plain);

		JsonNode back = TierFixtures.JSON.readTree(mvc.perform(delete("/api/v1/inspection/key-supervision/" + manual)
			.param("reason", "整改完成").header("Authorization", leader)).andReturn().getResponse().getContentAsString());
		assertThat(back.get("tier").asString()).isEqualTo("C");
		assertThat(back.get("source").asString()).isEqualTo("MANUAL");
		JsonNode toDefault = send(mvc, leader, delete("/api/v1/inspection/key-supervision/" + plain), Map.of("reason", "复查合格"), 200);
		assertThat(toDefault.get("tier").asString()).isEqualTo("B");
		assertThat(toDefault.get("source").asString()).isEqualTo("DEFAULT");
		send(mvc, leader, delete("/api/v1/inspection/key-supervision/" + plain), Map.of("reason", "再次移出"), 409);
		send(mvc, leader, delete("/api/v1/inspection/key-supervision/" + manual), Map.of(), 400);
		assertThat(tiers.history(manual)).extracting(TierHistoryEntry::action).containsExactly("DELISTED", "LISTED", "SET");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action LIKE 'inspection.key-supervision.%' AND entity_id = ?")
			.param(String.valueOf(manual)).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void onlyTheRightRolesMayReadAndChange() throws Exception {
		long id = subject();
		String inspector = accounts.bearer(accounts.create(Role.INSPECTOR, "211100"));
		String handler = accounts.bearer(accounts.create(Role.COMPLAINT_HANDLER, "211100"));
		String institution = accounts.bearer(accounts.create(Role.INSTITUTION_USER, PANJIN_DISTRICT, null, id));
		get(inspector, "/api/v1/inspection/tiers?ids=" + id, 200);
		send(mvc, inspector, put("/api/v1/inspection/tiers/" + id), Map.of("tier", "C", "reason", "无权"), 403);
		send(mvc, handler, post("/api/v1/inspection/key-supervision"), Map.of("subjectId", id, "reason", "无权"), 403);
		send(mvc, handler, delete("/api/v1/inspection/key-supervision/" + id), Map.of("reason", "无权"), 403);
		get(institution, "/api/v1/inspection/tiers?ids=" + id, 403);
		get(institution, "/api/v1/inspection/key-supervision", 403);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/inspection/tiers")).andExpect(
				org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isUnauthorized());
		assertThat(tiers.tierOf(id).source()).isEqualTo(TierSource.DEFAULT);
	}

	@Test
	void aBatchIsAllOrNothingAndReportsTheRow() {
		long a = subject();
		long b = subject();
		assertThatThrownBy(() -> tiers.setAll(List.of(new TierChange(a, RiskTier.A, "上年度抽查合格"), new TierChange(b, null, "缺等级"))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.violations())
				.extracting(Violation::row, Violation::field).containsExactly(org.assertj.core.groups.Tuple.tuple(2, "tier")));
		assertThat(tiers.tierOf(a).source()).isEqualTo(TierSource.DEFAULT);
		tiers.listKeySupervision(b, "列入重点监管");
		assertThatThrownBy(() -> tiers.setAll(List.of(new TierChange(a, RiskTier.A, "合格"), new TierChange(b, RiskTier.C, "处罚"))))
			.isInstanceOf(ConflictException.class);
		assertThat(tiers.tierOf(a).source()).isEqualTo(TierSource.DEFAULT);
		assertThat(tiers.setAll(List.of(new TierChange(a, RiskTier.A, "合格")))).isEqualTo(1);
		assertThat(tiers.tiersOf(List.of(a, b))).containsEntry(a, tiers.tierOf(a)).extractingByKey(b)
			.extracting(TierAssignment::source).isEqualTo(TierSource.KEY_SUPERVISION);
	}

	@Test
	void tiersOfAnswersAMillionIdsWithOneQuery() {
		long set = subject();
		tiers.set(set, RiskTier.C, "近两年有行政处罚记录");
		List<Long> ids = new ArrayList<>(1_000_000);
		for (long i = 0; i < 999_999; i++) {
			ids.add(9_000_000_000L + i);
		}
		ids.add(set);
		long started = System.nanoTime();
		Map<Long, TierAssignment> answer = tiers.tiersOf(ids);
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(answer).hasSize(1_000_000);
		assertThat(answer.get(set).tier()).isEqualTo(RiskTier.C);
		assertThat(answer.get(9_000_000_000L).source()).isEqualTo(TierSource.DEFAULT);
		assertThat(millis).as("tiersOf for 1,000,000 ids took %d ms", millis).isLessThan(10_000);
	}

}
