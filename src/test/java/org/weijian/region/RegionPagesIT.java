package org.weijian.region;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.weijian.identity.AccountView;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The region and grid browser, used through a logged-in browser session. */
@SpringBootTest
@AutoConfigureMockMvc
class RegionPagesIT {

	private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	Regions regions;

	@Autowired
	Grids grids;

	TestAccounts accounts;

	String town;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(users, mvc);
		town = regions.descendants("211102", RegionLevel.TOWN).get(0).code();
	}

	@Test
	void anInspectorBrowsesFromTheirCityDownToATownAndAGrid() throws Exception {
		Grid grid = grids.create(new NewGrid(town, "页面网格" + SEQ.incrementAndGet()));
		String phone = "137" + String.format("%08d", SEQ.incrementAndGet() % 100_000_000);
		grids.assign(grid.id(), new NewGridStaff("刘页面", phone, "GRID_LEADER", null));
		Cookie session = login(accounts.create(Role.INSPECTOR, "211100"));
		mvc.perform(get("/regions").cookie(session)).andExpect(redirectedUrl("/regions/211100"));
		mvc.perform(get("/regions/211100").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("辽宁省盘锦市")))
			.andExpect(content().string(containsString("双台子区")))
			.andExpect(content().string(containsString("常住人口")))
			.andExpect(content().string(not(containsString("name=\"residents\""))));
		mvc.perform(get("/regions/" + town).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(grid.code())))
			.andExpect(content().string(not(containsString("name=\"name\""))));
		mvc.perform(get("/grids/" + grid.id()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("刘页面")))
			.andExpect(content().string(containsString(phone.substring(0, 3) + "****" + phone.substring(7))))
			.andExpect(content().string(not(containsString(phone))))
			.andExpect(content().string(containsString("网格长")));
		mvc.perform(get("/regions/211100").param("lang", "en").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Resident population")));
		mvc.perform(get("/regions/370116").cookie(session)).andExpect(status().isNotFound());
		mvc.perform(post("/regions/211102/population").with(csrf()).cookie(session).param("residents", "1").param("year", "2025")
			.param("version", "0")).andExpect(status().isForbidden());
	}

	@Test
	void anAdministratorStartsAtTheProvinces() throws Exception {
		Cookie session = login(accounts.create(Role.SYSTEM_ADMIN, null));
		mvc.perform(get("/regions").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("辽宁省")))
			.andExpect(content().string(containsString("山东省")));
	}

	@Test
	void aLeaderRecordsPopulationAndDrawsAndStaffsAGridThroughForms() throws Exception {
		Cookie session = login(accounts.create(Role.DEPARTMENT_LEADER, "211100"));
		String page = mvc.perform(get("/regions/" + town).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"residents\"")))
			.andReturn().getResponse().getContentAsString();
		String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		mvc.perform(post("/regions/" + town + "/population").with(csrf()).cookie(session).param("residents", "-5")
			.param("year", "2025").param("version", version))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("常住人口应为")));
		mvc.perform(post("/regions/" + town + "/population").with(csrf()).cookie(session).param("residents", "12345")
			.param("year", "2025").param("version", version))
			.andExpect(redirectedUrl("/regions/" + town));
		assertThat(regions.population(town)).get().extracting(Population::residents).isEqualTo(12345L);
		MvcResult created = mvc.perform(post("/regions/" + town + "/grids").with(csrf()).cookie(session)
			.param("name", "表单网格" + SEQ.incrementAndGet()))
			.andExpect(redirectedUrlPattern("/grids/*"))
			.andReturn();
		String gridPage = created.getResponse().getRedirectedUrl();
		mvc.perform(post(gridPage + "/staff").with(csrf()).cookie(session).param("name", "吴表单").param("phone", "abc")
			.param("role", "GRID_MEMBER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("电话号码格式不正确")));
		mvc.perform(post(gridPage + "/staff").with(csrf()).cookie(session).param("name", "吴表单").param("phone", "13600001111")
			.param("role", "GRID_MEMBER"))
			.andExpect(redirectedUrl(gridPage));
		mvc.perform(get(gridPage).cookie(session))
			.andExpect(content().string(containsString("136****1111")))
			.andExpect(content().string(not(containsString("13600001111"))));
		mvc.perform(post(gridPage + "/retire").with(csrf()).cookie(session).param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能撤销")));
	}

	/** Logs in through the login form, as a browser does, and returns the session cookie. */
	private Cookie login(AccountView account) throws Exception {
		MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", account.username())
			.param("password", TestAccounts.PASSWORD)).andExpect(redirectedUrl("/")).andReturn();
		Cookie cookie = java.util.Arrays.stream(result.getResponse().getCookies())
			.filter(c -> c.getName().endsWith("SESSION"))
			.findFirst()
			.orElse(null);
		assertThat(cookie).as("session cookie").isNotNull();
		return cookie;
	}

}
