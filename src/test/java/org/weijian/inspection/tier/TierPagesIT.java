package org.weijian.inspection.tier;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.weijian.agency.Departments;
import org.weijian.agency.InspectorProfile;
import org.weijian.agency.Inspectors;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.inspection.RiskTier;
import org.weijian.inspection.recusal.Recusals;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The tier and recusal pages used through a logged-in browser session. */
@SpringBootTest
@AutoConfigureMockMvc
class TierPagesIT {

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
	RiskTiers tiers;

	@Autowired
	Recusals recusals;

	@Test
	void aLeaderSetsATierListsASubjectAndSeesTheHistory() throws Exception {
		TestAccounts accounts = new TestAccounts(users, mvc);
		Cookie session = TierFixtures.login(mvc, accounts.create(Role.DEPARTMENT_LEADER, "211100"));
		long id = TierFixtures.subject(registration, "211102");
		String page = "/inspection/tiers/" + id;
		mvc.perform(get(page).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("默认等级")))
			.andExpect(content().string(containsString("name=\"tier\"")));
		mvc.perform(post(page).with(csrf()).cookie(session).param("tier", "C").param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("reason: 必填")));
		mvc.perform(post(page).with(csrf()).cookie(session).param("tier", "C").param("reason", "近两年有行政处罚记录"))
			.andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/key-supervision").with(csrf()).cookie(session).param("action", "list").param("reason", "发生医疗事故"))
			.andExpect(redirectedUrl(page));
		assertThat(tiers.tierOf(id).tier()).isEqualTo(RiskTier.D);
		mvc.perform(post(page).with(csrf()).cookie(session).param("tier", "A").param("reason", "想改低"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("须先移出名单")));
		mvc.perform(get(page).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("列入重点监管")))
			.andExpect(content().string(containsString("近两年有行政处罚记录")))
			.andExpect(content().string(containsString("value=\"delist\"")));
		mvc.perform(get("/inspection/tiers").param("source", "KEY_SUPERVISION").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString(page)));
		mvc.perform(get("/inspection/tiers").param("q", "分级测试诊所").cookie(session)).andExpect(status().isOk());
		mvc.perform(post(page + "/key-supervision").with(csrf()).cookie(session).param("action", "delist").param("reason", "整改完成"))
			.andExpect(redirectedUrl(page));
		assertThat(tiers.tierOf(id).tier()).isEqualTo(RiskTier.C);
		mvc.perform(get(page).param("lang", "en").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Taken off key-supervision list")));
	}

	@Test
	void aReaderSeesButCannotChangeAndScopeHolds() throws Exception {
		TestAccounts accounts = new TestAccounts(users, mvc);
		long id = TierFixtures.subject(registration, "211102");
		Cookie handler = TierFixtures.login(mvc, accounts.create(Role.COMPLAINT_HANDLER, "211100"));
		mvc.perform(get("/inspection/tiers/" + id).cookie(handler)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"reason\""))));
		mvc.perform(post("/inspection/tiers/" + id).with(csrf()).cookie(handler).param("tier", "C").param("reason", "无权"))
			.andExpect(status().isForbidden());
		Cookie laiwu = TierFixtures.login(mvc, accounts.create(Role.DEPARTMENT_LEADER, "370116"));
		mvc.perform(get("/inspection/tiers/" + id).cookie(laiwu)).andExpect(status().isNotFound());
		mvc.perform(post("/inspection/tiers/" + id).with(csrf()).cookie(laiwu).param("tier", "C").param("reason", "越权"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPlannerDeclaresAndWithdrawsThroughTheRecusalPage() throws Exception {
		TestAccounts accounts = new TestAccounts(users, mvc);
		Cookie session = TierFixtures.login(mvc, accounts.create(Role.INSPECTOR, "211100"));
		InspectorProfile inspector = TierFixtures.inspector(departments, inspectors, "211102");
		long subject = TierFixtures.subject(registration, "211102");
		mvc.perform(post("/inspection/recusals").with(csrf()).cookie(session).param("inspectorId", "abc").param("subjectId", "" + subject)
			.param("reason", "配偶在该机构任职")).andExpect(status().isOk()).andExpect(content().string(containsString("inspectorId: ")));
		mvc.perform(post("/inspection/recusals").with(csrf()).cookie(session).param("inspectorId", "" + inspector.id())
			.param("subjectId", "" + subject).param("reason", "配偶在该机构任职")).andExpect(redirectedUrl("/inspection/recusals"));
		mvc.perform(post("/inspection/recusals").with(csrf()).cookie(session).param("inspectorId", "" + inspector.id())
			.param("subjectId", "" + subject).param("reason", "重复")).andExpect(status().isOk())
			.andExpect(content().string(containsString("已有有效的回避申报")));
		long id = recusals.page(inspector.id(), subject, true, org.weijian.shared.web.PageQuery.of(0, 10)).items().get(0).id();
		mvc.perform(get("/inspection/recusals").param("inspectorId", "" + inspector.id()).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("配偶在该机构任职")))
			.andExpect(content().string(containsString("/inspection/recusals/" + id + "/withdraw")));
		mvc.perform(post("/inspection/recusals/" + id + "/withdraw").with(csrf()).cookie(session).param("reason", "已离职"))
			.andExpect(redirectedUrl("/inspection/recusals"));
		assertThat(recusals.get(id).active()).isFalse();
	}

}
