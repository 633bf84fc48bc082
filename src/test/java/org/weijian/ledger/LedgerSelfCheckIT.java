package org.weijian.ledger;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.weijian.identity.AccountView;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.support.TestAccounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Changing a stored entry directly in the database is found by the self-check, which names the entry. */
@SpringBootTest
@RecordApplicationEvents
@AutoConfigureMockMvc
class LedgerSelfCheckIT {

	@Autowired
	Ledger ledger;

	@Autowired
	LedgerChecks checks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEvents events;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	/** The home dashboard as a freshly logged-in user of {@code role} sees it. */
	private String home(Role role) throws Exception {
		AccountView user = new TestAccounts(users, mvc).create(role, null);
		MvcResult login = mvc.perform(post("/login").with(csrf()).param("username", user.username())
			.param("password", TestAccounts.PASSWORD)).andExpect(status().is3xxRedirection()).andReturn();
		var request = get("/");
		if (login.getResponse().getCookies().length > 0) {
			request.cookie(login.getResponse().getCookies());
		}
		if (login.getRequest().getSession(false) instanceof MockHttpSession session) {
			request.session(session);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aTamperedEntryIsNamedAndRaisesTheAlert() throws Exception {
		String id = UUID.randomUUID().toString();
		List<LedgerReceipt> receipts = new TransactionTemplate(transactions).execute(s -> ledger.appendAll(List.of(
				new LedgerAct("draw.announced", "planner", 1L, "draw", id, Map.of("n", 1), true),
				new LedgerAct("decision.made", "officer", 1L, "case", id, Map.of("fine", "5000"), false))));
		ledger.signTreeHead();
		LedgerChecks.Result clean = checks.run();
		assertThat(clean.ok()).as(String.valueOf(clean.detail())).isTrue();
		assertThat(clean.entriesChecked()).isGreaterThan(receipts.get(1).leafIndex());
		assertThat(ledger.currentAlert()).isEmpty();

		long tampered = receipts.get(1).leafIndex();
		byte[] original = jdbc.sql("select leaf_input from ledger_entry where leaf_index = ?").param(tampered)
			.query((rs, n) -> rs.getBytes(1)).single();
		String forged = new String(original, java.nio.charset.StandardCharsets.UTF_8).replace("\"5000\"", "\"500\"");
		jdbc.sql("update ledger_entry set leaf_input = ? where leaf_index = ?")
			.params(forged.getBytes(java.nio.charset.StandardCharsets.UTF_8), tampered)
			.update();
		try {
			LedgerChecks.Result result = checks.run();
			assertThat(result.ok()).isFalse();
			assertThat(result.failedLeafIndex()).isEqualTo(tampered);
			assertThat(result.failedEntryType()).isEqualTo("decision.made");
			assertThat(result.mismatches()).isEqualTo(1);
			assertThat(ledger.currentAlert()).hasValueSatisfying(alert -> {
				assertThat(alert.leafIndex()).isEqualTo(tampered);
				assertThat(alert.entryType()).isEqualTo("decision.made");
				assertThat(alert.detail()).contains("entry " + tampered);
			});
			assertThat(events.stream(LedgerIntegrityFailed.class))
				.anySatisfy(e -> assertThat(e.alert().leafIndex()).isEqualTo(tampered));
			assertThat(jdbc.sql("select failed_leaf_index from ledger_check order by id desc limit 1").query(Long.class).single())
				.isEqualTo(tampered);
			assertThat(home(Role.SYSTEM_ADMIN)).as("an administrator's dashboard shows the alert")
				.contains("alert-danger", "第 " + tampered + " 条记录（decision.made）");
			assertThat(home(Role.INSPECTOR)).doesNotContain("alert-danger");
		}
		finally {
			jdbc.sql("update ledger_entry set leaf_input = ? where leaf_index = ?").params(original, tampered).update();
		}
		assertThat(checks.run().ok()).isTrue();
		assertThat(ledger.currentAlert()).isEmpty();
	}

	@Test
	void aForgedLeafHashTogetherWithItsInputBreaksTheSignedRoot() {
		String id = UUID.randomUUID().toString();
		LedgerReceipt receipt = new TransactionTemplate(transactions)
			.execute(s -> ledger.appendAll(List.of(new LedgerAct("credit.event", "officer", null, "subject", id, Map.of("score", 3), true),
					new LedgerAct("credit.event", "officer", null, "subject", id, Map.of("score", 4), true))))
			.get(0);
		ledger.signTreeHead();
		byte[] original = jdbc.sql("select leaf_input from ledger_entry where leaf_index = ?").param(receipt.leafIndex())
			.query((rs, n) -> rs.getBytes(1)).single();
		byte[] originalHash = jdbc.sql("select leaf_hash from ledger_entry where leaf_index = ?").param(receipt.leafIndex())
			.query((rs, n) -> rs.getBytes(1)).single();
		byte[] forged = new String(original, java.nio.charset.StandardCharsets.UTF_8).replace("\"score\":3", "\"score\":9")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		jdbc.sql("update ledger_entry set leaf_input = ?, leaf_hash = ? where leaf_index = ?")
			.params(forged, org.weijian.ledger.merkle.HashAlgorithm.SHA_256.leafHash(forged), receipt.leafIndex())
			.update();
		try {
			LedgerChecks.Result result = checks.run();
			assertThat(result.ok()).isFalse();
			long index = receipt.leafIndex();
			assertThat(result.failedLeafIndex()).as(result.detail()).isEqualTo(index - index % 2);
			assertThat(result.detail()).contains("entry " + (index - index % 2) + " or " + (index - index % 2 + 1));
		}
		finally {
			jdbc.sql("update ledger_entry set leaf_input = ?, leaf_hash = ? where leaf_index = ?")
				.params(original, originalHash, receipt.leafIndex())
				.update();
		}
		assertThat(checks.run().ok()).isTrue();
	}

}
