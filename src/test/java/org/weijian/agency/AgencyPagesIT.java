package org.weijian.agency;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.weijian.identity.AccountView;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.support.TestAccounts;

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
class AgencyPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	Departments departments;

	@Autowired
	Inspectors inspectors;

	TestAccounts accounts;

	AgencyTestData data;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(users, mvc);
		data = new AgencyTestData(departments, inspectors);
	}

	@Autowired
	UserDetailsService userDetails;

	/** Acts as the account's logged-in session user (the principal the login form would create). */
	RequestPostProcessor login(AccountView account) {
		return user(userDetails.loadUserByUsername(account.username()));
	}

	@Test
	void aLeaderWorksThroughDepartmentsDutiesAndInspectors() throws Exception {
		RequestPostProcessor session = login(accounts.create(Role.DEPARTMENT_LEADER, "211100"));
		String code = AgencyTestData.unique("PJ");
		mvc.perform(get("/departments").param("region", "211100").with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新建部门")));
		mvc.perform(post("/departments").with(csrf()).with(session).param("regionCode", "219999").param("kind", "HEALTH").param("name", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("行政区划代码 219999 不存在")));
		String location = mvc.perform(post("/departments").with(csrf()).with(session).param("regionCode", "211102")
			.param("kind", "HEALTH_SUPERVISION").param("name", "双台子区卫生监督所").param("code", code))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/departments/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("权责清单")))
			.andExpect(content().string(containsString("负责职责范围内的公共卫生管理和执法监督")));
		mvc.perform(post(location + "/duties").with(csrf()).with(session).param("domain", "DRUGS").param("text", "页面添加的职责"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(location).with(session)).andExpect(content().string(containsString("页面添加的职责")));
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		InspectorProfile i = data.inspector(departments.get(id), "211102", SupervisionDomain.MEDICAL_SERVICE);
		mvc.perform(get("/inspectors").param("q", i.certificateNo()).with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(i.certificateNo())));
		mvc.perform(post("/inspectors/" + i.id() + "/suspend").with(csrf()).with(session).param("reason", "页面暂停"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/inspectors/" + i.id()).with(csrf()).with(session).param("name", "改名后").param("certificateNo", i.certificateNo())
			.param("certificateValidFrom", "2024-01-01").param("certificateValidTo", "2023-01-01").param("departmentId", String.valueOf(id))
			.param("jurisdictionCode", "211102").param("specialties", "MEDICAL_SERVICE").param("version", String.valueOf(i.version() + 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("有效期至不能早于有效期起")));
		mvc.perform(post("/inspectors/" + i.id()).with(csrf()).with(session).param("name", "改名后").param("certificateNo", i.certificateNo())
			.param("certificateValidFrom", "2024-01-01").param("certificateValidTo", "2029-01-01").param("departmentId", String.valueOf(id))
			.param("jurisdictionCode", "211102").param("specialties", "MEDICAL_SERVICE", "SCHOOL_HYGIENE").param("version", String.valueOf(i.version() + 1)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/inspectors/" + i.id()).with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("改名后")))
			.andExpect(content().string(containsString("学校卫生")))
			.andExpect(content().string(containsString("辽宁省盘锦市双台子区")))
			.andExpect(content().string(containsString("页面暂停")))
			.andExpect(content().string(containsString("恢复执法")));
		mvc.perform(get("/staffing").with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("双台子区")))
			.andExpect(content().string(containsString("标准未经核实")))
			.andExpect(content().string(not(containsString("修改配置标准"))));
	}

	@Test
	void pagesSpeakEnglishAndHideWritingFromReaders() throws Exception {
		RequestPostProcessor session = login(accounts.create(Role.INSPECTOR, "370116"));
		mvc.perform(get("/departments").param("lang", "en").with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Departments")))
			.andExpect(content().string(not(containsString("New department"))));
		mvc.perform(get("/inspectors").with(session)).andExpect(status().isOk());
		mvc.perform(get("/departments").param("region", "12ab").with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("12ab 格式不正确")));
		mvc.perform(get("/staffing").param("lang", "en").with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Inspector staffing")))
			.andExpect(content().string(containsString("莱芜区")));
		DepartmentView panjin = data.department("211100", DepartmentKind.HEALTH);
		mvc.perform(get("/departments/" + panjin.id()).with(session)).andExpect(status().isNotFound());
	}

}
