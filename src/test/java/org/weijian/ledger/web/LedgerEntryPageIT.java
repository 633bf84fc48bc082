package org.weijian.ledger.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.identity.AccountView;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.ledger.Ledger;
import org.weijian.ledger.LedgerAct;
import org.weijian.ledger.LedgerReceipt;
import org.weijian.registry.LicenceView;
import org.weijian.registry.Licences;
import org.weijian.registry.NewLicence;
import org.weijian.registry.licence.LicenceFixtures;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public entry page needs no login, verifies the entry server-side and hides non-public content. */
@SpringBootTest
@AutoConfigureMockMvc
class LedgerEntryPageIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Ledger ledger;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Licences licences;

	@Autowired
	SubjectRegistration registration;

	@Autowired
	UserAdministration users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void anyoneSeesAPublicEntryWithItsProofAndTheVerificationResult() throws Exception {
		String run = UUID.randomUUID().toString();
		LedgerReceipt receipt = append(new LedgerAct("test.page", "page-it", null, "test", run, Map.of("marker", run), true));
		ledger.signTreeHead();
		String hex = HexFormat.of().formatHex(Base64.getDecoder().decode(receipt.leafHashBase64()));

		String page = anonymous("/ledger/entries/" + hex);
		assertThat(page).contains("id=\"ledger-result\"", "alert-success", receipt.leafHashBase64(), run, "page-it",
				"node tools/ledger-verify/verify.mjs --url http://localhost", "<svg");
		assertThat(page).containsPattern("id=\"ledger-leaf-index\">" + receipt.leafIndex() + "<");
		// base64url works as well
		String b64url = Base64.getUrlEncoder().withoutPadding().encodeToString(Base64.getDecoder().decode(receipt.leafHashBase64()));
		assertThat(anonymous("/ledger/entries/" + b64url)).contains(run);
	}

	@Test
	void aNonPublicEntryShowsOnlyItsHashAndAChangedOneFails() throws Exception {
		String run = UUID.randomUUID().toString();
		LedgerReceipt receipt = append(new LedgerAct("test.page", "secret-actor", null, "test", "s-" + run, Map.of("marker", "m-" + run),
				false));
		ledger.signTreeHead();
		String hex = HexFormat.of().formatHex(Base64.getDecoder().decode(receipt.leafHashBase64()));
		String page = anonymous("/ledger/entries/" + hex);
		assertThat(page).contains(receipt.leafHashBase64(), "alert-success").doesNotContain("m-" + run, "secret-actor");

		byte[] original = jdbc.sql("select leaf_input from ledger_entry where leaf_index = ?").param(receipt.leafIndex())
			.query(byte[].class)
			.single();
		try {
			jdbc.sql("update ledger_entry set leaf_input = ? where leaf_index = ?")
				.params((new String(original, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8), receipt.leafIndex())
				.update();
			assertThat(anonymous("/ledger/entries/" + hex)).contains("alert-danger").containsPattern("id=\"ledger-hash-check\">[^<]+<");
		}
		finally {
			jdbc.sql("update ledger_entry set leaf_input = ? where leaf_index = ?").params(original, receipt.leafIndex()).update();
		}
	}

	@Test
	void badAndUnknownHashesAreRefused() throws Exception {
		mvc.perform(get("/ledger/entries/not-a-hash")).andExpect(status().isBadRequest());
		mvc.perform(get("/ledger/entries/" + "00".repeat(32))).andExpect(status().isNotFound());
	}

	@Test
	void theLicencePageCarriesAQrCodeToItsEntry() throws Exception {
		SubjectRecord hospital = new LicenceFixtures(registration).hospital("211102", 30);
		LicenceView licence = licences.issue(new NewLicence("MEDICAL_PRACTICE", hospital.id(), hospital.licenceRegNo(),
				LocalDate.now(clock).minusYears(1), null, null, null, null, null));
		byte[] hash = jdbc.sql("select leaf_hash from ledger_entry where subject_type = 'licence' and subject_id = ?")
			.param(String.valueOf(licence.id()))
			.query(byte[].class)
			.single();
		AccountView leader = new TestAccounts(users, mvc).create(Role.DEPARTMENT_LEADER, "211100");
		MvcResult login = mvc.perform(post("/login").with(csrf()).param("username", leader.username())
			.param("password", TestAccounts.PASSWORD)).andExpect(status().is3xxRedirection()).andReturn();
		Cookie[] cookies = login.getResponse().getCookies();
		var request = get("/licences/" + licence.id());
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
		if (session != null) {
			request.session(session);
		}
		String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("class=\"ledger-receipt", "/ledger/entries/" + HexFormat.of().formatHex(hash), "<svg",
				Base64.getEncoder().encodeToString(hash));
	}

	private LedgerReceipt append(LedgerAct act) {
		return tx.execute(s -> ledger.append(act));
	}

	private String anonymous(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
