package org.weijian.inspection.tier;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.Cookie;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.weijian.agency.DepartmentView;
import org.weijian.agency.Departments;
import org.weijian.agency.InspectorProfile;
import org.weijian.agency.Inspectors;
import org.weijian.agency.NewDepartment;
import org.weijian.agency.NewInspector;
import org.weijian.identity.AccountView;
import org.weijian.registry.subject.SubjectDraft;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.shared.Uscc;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Subjects, departments and inspectors for the tier and recusal tests, created through the owning modules' APIs
 * as system work; unique per run (tests never assume an empty database).
 */
public final class TierFixtures {

	private static final AtomicLong SEQ = new AtomicLong((System.currentTimeMillis() / 11) % 40_000_000 + 7_000_000);

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private TierFixtures() {
	}

	/** A clinic in {@code region} (e.g. 211102 兴隆台区 in 盘锦, 370116 莱芜区). */
	public static long subject(SubjectRegistration registration, String region) {
		String org = String.format("%08d", SEQ.incrementAndGet() % 100_000_000);
		String uscc = Uscc.withCheckCharacter("12" + region + org + Uscc.organizationCheckCharacter(org));
		SubjectDraft draft = new SubjectDraft(null, "CLINIC", "分级测试诊所" + uscc.substring(10), uscc, region, null, "测试路 8 号", null, null,
				null, "PRIVATE", true, "FJ" + uscc.substring(8, 17), 0, List.of(), Map.of());
		return registration.register(draft).id();
	}

	public static InspectorProfile inspector(Departments departments, Inspectors inspectors, String region) {
		long n = SEQ.incrementAndGet();
		DepartmentView d = departments.create(new NewDepartment("TIER" + region + n, "分级测试卫生监督所" + n, "HEALTH_SUPERVISION", region));
		return inspectors.create(new NewInspector("回避测试员" + n, "HJ-" + n, LocalDate.now().minusYears(1).toString(),
				LocalDate.now().plusYears(2).toString(), d.id(), region, List.of("MEDICAL_SERVICE"), null));
	}

	public static JsonNode send(MockMvc mvc, String bearer, MockHttpServletRequestBuilder request, Object body, int expected)
			throws Exception {
		String response = mvc.perform(request.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
		return response.isEmpty() ? JSON.readTree("{}") : JSON.readTree(response);
	}

	/** Logs in through the login form and returns the session cookie. */
	public static Cookie login(MockMvc mvc, AccountView account) throws Exception {
		MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", account.username())
			.param("password", TestAccounts.PASSWORD)).andExpect(redirectedUrl("/")).andReturn();
		return java.util.Arrays.stream(result.getResponse().getCookies())
			.filter(c -> c.getName().endsWith("SESSION"))
			.findFirst()
			.orElseThrow();
	}

}
