package org.weijian.registry;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.weijian.identity.AccountView;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.registry.practitioner.PractitionerDraft;
import org.weijian.registry.practitioner.PractitionerRecord;
import org.weijian.registry.practitioner.PractitionerRegistry;
import org.weijian.registry.subject.SubjectDraft;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class RegistryPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	SubjectRegistration registration;

	@Autowired
	PractitionerRegistry practitioners;

	TestAccounts accounts;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(users, mvc);
	}

	/** The session of a form login travels as its cookie or the mock session. */
	record Login(Cookie[] cookies, MockHttpSession session) {

		MockHttpServletRequestBuilder apply(MockHttpServletRequestBuilder b) {
			if (cookies.length > 0) {
				b.cookie(cookies);
			}
			return session == null ? b : b.session(session);
		}

	}

	private Login login(AccountView account) throws Exception {
		MvcResult r = mvc.perform(post("/login").with(csrf()).param("username", account.username()).param("password", TestAccounts.PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return new Login(r.getResponse().getCookies(), (MockHttpSession) r.getRequest().getSession(false));
	}

	private String page(Login login, String url) throws Exception {
		return mvc.perform(login.apply(get(url))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void searchDetailAndImportPagesRender() throws Exception {
		long n = RegistryFixtures.next();
		SubjectRecord hospital = registration.register(RegistryFixtures.hospital("盘锦页面医院" + n, "211102"));
		SubjectRecord unit = registration.register(new SubjectDraft(null, "PUBLIC_PLACE", "盘锦页面宾馆" + n, RegistryFixtures.uscc("211102"),
				"211102", null, null, null, null, null, null, null, null, null, null, Map.of("placeType", "HOTEL")));
		String id = RegistryFixtures.idNumber("211102");
		PractitionerRecord p = practitioners.register(new PractitionerDraft("页面医师", id, "PHYSICIAN", null, RegistryFixtures.certificate(),
				"临床", "内科专业", hospital.id(), null));
		Login leader = login(accounts.create(Role.DEPARTMENT_LEADER, "211100"));

		assertThat(page(leader, "/institutions?q=盘锦页面医院" + n)).contains("/institutions/" + hospital.id() + "\"", hospital.uscc());
		assertThat(page(leader, "/institutions?q=盘锦页面&category=GENERAL_HOSPITAL&status=OPERATING&region=211102")).contains("盘锦页面医院" + n);
		String detail = page(leader, "/institutions/" + hospital.id());
		assertThat(detail).contains(hospital.licenceRegNo(), "页面医师", "内科");
		assertThat(page(leader, "/units?q=盘锦页面宾馆" + n)).contains("盘锦页面宾馆" + n);
		assertThat(page(leader, "/units/" + unit.id())).contains("HOTEL");
		String list = page(leader, "/practitioners?q=" + id);
		assertThat(list).contains("页面医师", p.idNumberMasked()).doesNotContain(id);
		String person = page(leader, "/practitioners/" + p.id());
		assertThat(person).contains(p.idNumberMasked()).doesNotContain(id);
		assertThat(page(leader, "/imports")).contains("licence_reg_no", "attr_placeType", "filing_institutions");
		String csv = mvc.perform(leader.apply(get("/institutions/export?format=csv&q=盘锦页面医院" + n)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("盘锦页面医院" + n);

		String header = String.join(",", List.of("name", "category", "region_code", "licence_reg_no"));
		var upload = multipart("/imports").file(new MockMultipartFile("file", "x.csv", "text/csv",
				(header + "\n,CLINIC,211102,\n").getBytes(StandardCharsets.UTF_8)));
		if (leader.cookies().length > 0) {
			upload.cookie(leader.cookies());
		}
		if (leader.session() != null) {
			upload.session(leader.session());
		}
		String report = mvc.perform(upload.param("kind", "institutions").param("dryRun", "true").with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(report).contains("licence_reg_no", "error.field.required");
	}

	@Test
	void pagesHoldTheScope() throws Exception {
		SubjectRecord hospital = registration.register(RegistryFixtures.hospital("盘锦隐藏医院" + RegistryFixtures.next(), "211102"));
		Login laiwu = login(accounts.create(Role.INSPECTOR, "370116"));
		mvc.perform(laiwu.apply(get("/institutions/" + hospital.id()))).andExpect(status().isNotFound());
		assertThat(page(laiwu, "/institutions?q=盘锦隐藏医院")).doesNotContain("/institutions/" + hospital.id() + "\"");
		mvc.perform(laiwu.apply(get("/imports"))).andExpect(status().isForbidden());
	}

}
