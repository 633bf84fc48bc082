package org.weijian.inspection.plan;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.weijian.agency.DepartmentKind;
import org.weijian.agency.DepartmentView;
import org.weijian.agency.Departments;
import org.weijian.identity.AccountView;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class PlanPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	Departments departments;

	@Autowired
	SubjectRegistration subjects;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	PlanChecker checker;

	TestAccounts accounts;

	PlanTestData data;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(users, mvc);
		data = new PlanTestData(departments, subjects);
	}

	RequestPostProcessor login(AccountView account) {
		return user(userDetails.loadUserByUsername(account.username()));
	}

	MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder form, DepartmentView dept, String title, LocalDate today) {
		return filled(form, dept, title, today, "0.05", "2");
	}

	MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder form, DepartmentView dept, String title, LocalDate today,
			String ratioA, String perTask) {
		return form.with(csrf())
			.param("year", String.valueOf(today.getYear()))
			.param("title", title)
			.param("level", "MUNICIPAL")
			.param("documentNo", "盘卫发〔2026〕8号")
			.param("departmentId", String.valueOf(dept.id()))
			.param("regionCode", "211100")
			.param("categories", "GENERAL_HOSPITAL", "CLINIC")
			.param("ratioMode", "BY_TIER")
			.param("ratioA", ratioA).param("ratioB", "0.2").param("ratioC", "0.6").param("ratioD", "1")
			.param("inspectorsPerTask", perTask)
			.param("capPerInspector", "")
			.param("windowStart", today.plusDays(20).toString())
			.param("deadline", today.plusDays(90).toString())
			.param("publicationWorkingDays", "20")
			.param("dept0", "").param("deptCount0", "")
			.param("sourceName0", "双色球开奖号码").param("sourceDescription0", "中国福利彩票发行管理中心")
			.param("sourceAvailableOn0", today.plusDays(7).toString()).param("sourceValueCount0", "7")
			.param("sourceMin0", "1").param("sourceMax0", "33")
			.param("sourceName1", "").param("sourceDescription1", "").param("sourceAvailableOn1", "");
	}

	@Test
	void aPlanIsDraftedApprovedAndRevisedThroughThePages() throws Exception {
		LocalDate today = checker.today();
		DepartmentView dept = data.department("211100", DepartmentKind.HEALTH_SUPERVISION);
		RequestPostProcessor inspector = login(accounts.create(Role.INSPECTOR, "211100"));
		RequestPostProcessor leader = login(accounts.create(Role.DEPARTMENT_LEADER, "211100"));
		mvc.perform(get("/inspection/plans").with(inspector))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新建抽查计划")))
			.andExpect(content().string(containsString("抽查计划")));
		mvc.perform(get("/inspection/plans/new").with(inspector))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未来熵源")))
			.andExpect(content().string(containsString("value=\"0.05\"")))
			.andExpect(content().string(containsString("第四十二条")));
		// bad input comes back on the form with the entered values and the reasons
		mvc.perform(filled(post("/inspection/plans"), dept, "坏计划", today, "0.123456", "1").with(inspector))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("坏计划")))
			.andExpect(content().string(containsString("ratios.A")))
			.andExpect(content().string(containsString("不得少于 2 人")));
		String location = mvc.perform(filled(post("/inspection/plans"), dept, "页面计划", today).with(inspector))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/inspection/plans/*"))
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(get(location).with(inspector))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("页面计划")))
			.andExpect(content().string(containsString("草稿")))
			.andExpect(content().string(containsString("双色球开奖号码")))
			.andExpect(content().string(not(containsString("/approve"))));
		mvc.perform(post(location + "/approve").with(csrf()).with(inspector)).andExpect(status().isForbidden());
		mvc.perform(get(location).with(leader))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/approve")));
		mvc.perform(post(location + "/approve").with(csrf()).with(leader).param("rowVersion", "999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("记录已被他人修改")));
		mvc.perform(post(location + "/approve").with(csrf()).with(leader)).andExpect(status().is3xxRedirection());
		mvc.perform(get(location).with(inspector))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已批准")));
		mvc.perform(get(location + "/edit").with(inspector))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("保存后将生成新版本")))
			.andExpect(content().string(containsString("页面计划")));
		String v2 = mvc.perform(filled(post(location), dept, "页面计划（修订）", today).param("rowVersion", "1").with(inspector))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(v2).isNotEqualTo(location);
		mvc.perform(get(v2).with(inspector))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("页面计划（修订）")))
			.andExpect(content().string(containsString("已被取代")))
			.andExpect(content().string(containsString("v2")));
		mvc.perform(get(location).with(inspector)).andExpect(content().string(containsString("已被取代")));
		mvc.perform(post(v2.replace("redirect:", "") + "/withdraw").with(csrf()).with(inspector).param("reason", "页面撤回"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(v2).with(inspector)).andExpect(content().string(containsString("页面撤回")));

		// another district's user sees nothing of it; an institution user has no plan pages
		mvc.perform(get(location).with(login(accounts.create(Role.INSPECTOR, "370116")))).andExpect(status().isNotFound());
		mvc.perform(get("/inspection/plans").with(login(accounts.create(Role.INSTITUTION_USER, "211102", null, data.hospital("211102")))))
			.andExpect(status().isForbidden());
		assertThat(id).isPositive();
	}

	@Test
	void pagesSpeakEnglishAndHideWritingFromReaders() throws Exception {
		RequestPostProcessor reviewer = login(accounts.create(Role.LEGAL_REVIEWER, "211100"));
		mvc.perform(get("/inspection/plans").param("lang", "en").with(reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Random inspection plans")))
			.andExpect(content().string(not(containsString("New inspection plan"))));
		mvc.perform(get("/inspection/plans/new").with(reviewer)).andExpect(status().isForbidden());
		mvc.perform(get("/inspection/plans").param("year", "abc").with(reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("应为数字")));
	}

}
