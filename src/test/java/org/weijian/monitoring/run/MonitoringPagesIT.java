package org.weijian.monitoring.run;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.weijian.identity.AccountView;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The monitoring pages: upload, run, run detail with counts and downloads, problems, replay and difference, rule bases. */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Runs runs;

	TestAccounts accounts;

	AccountView leader;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(users, mvc);
		leader = accounts.create(Role.DEPARTMENT_LEADER, "211100");
	}

	RequestPostProcessor login(AccountView account) {
		return user(userDetails.loadUserByUsername(account.username()));
	}

	@Test
	void aLeaderUploadsRunsDownloadsReplaysAndComparesOnThePages() throws Exception {
		mvc.perform(get("/monitoring/datasets").with(login(leader))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/monitoring/rulebases")))
			.andExpect(content().string(containsString("智能监控")));
		mvc.perform(get("/monitoring/datasets/new").with(login(leader))).andExpect(status().isOk())
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));

		Path s = RunFixture.sample();
		String location = mvc.perform(multipart("/monitoring/datasets").file(part("visits", s.resolve("mdtrt_d.csv")))
			.file(part("fees", s.resolve("fee_list_d.csv"))).file(part("kb", s.resolve("hilist_kb.csv")))
			.file(part("peers", s.resolve("peers.csv"))).param("name", "页面上传样本").param("regionCode", "").with(csrf()).with(login(leader)))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/monitoring/datasets/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(login(leader))).andExpect(status().isOk())
			.andExpect(content().string(containsString("页面上传样本")))
			.andExpect(content().string(containsString("name=\"ruleBaseVersion\"")));

		String runLocation = mvc.perform(post(location + "/runs").param("ruleBaseVersion", "v1").with(csrf()).with(login(leader)))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/monitoring/runs/*"))
			.andReturn().getResponse().getRedirectedUrl();
		long runId = Long.parseLong(runLocation.substring(runLocation.lastIndexOf('/') + 1));
		RunView run = awaitRun(runId);
		assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
		mvc.perform(get(runLocation).with(login(leader))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"run-counts\"")))
			.andExpect(content().string(containsString("SPLIT_ADM")))
			.andExpect(content().string(containsString("/hits.csv")))
			.andExpect(content().string(not(containsString("http-equiv=\"refresh\""))))
			.andExpect(content().string(containsString("id=\"run-findings\"")));
		mvc.perform(get(runLocation).param("rule", "AUD").with(login(leader))).andExpect(status().isOk())
			.andExpect(content().string(containsString("H21110400002")))
			.andExpect(content().string(not(containsString("2111000000000889"))));
		byte[] hits = mvc.perform(get(runLocation + "/hits.csv").with(login(leader))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(hits).isEqualTo(Files.readAllBytes(s.resolve("expected_hits.csv")));

		String replayLocation = mvc.perform(post(runLocation + "/replay").param("ruleBaseVersion", "v1").with(csrf()).with(login(leader)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long replayId = Long.parseLong(replayLocation.substring(replayLocation.lastIndexOf('/') + 1));
		assertThat(awaitRun(replayId).status()).isEqualTo(RunStatus.SUCCEEDED);
		mvc.perform(get(replayLocation + "/diff").with(login(leader))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"diff-summary\"")))
			.andExpect(content().string(containsString("id=\"diff-rows\"")));
		mvc.perform(get(replayLocation + "/diff.csv").with(login(leader))).andExpect(status().isOk())
			.andExpect(content().string(containsString("UNCHANGED,AUD,WARNING")));

		// a second monitoring run of the same version is refused on the page, not executed
		mvc.perform(post(location + "/runs").param("ruleBaseVersion", "v1").with(csrf()).with(login(leader))).andExpect(status().isOk())
			.andExpect(content().string(containsString("ruleBaseVersion")));

		AccountView laiwu = accounts.create(Role.DEPARTMENT_LEADER, "370116");
		mvc.perform(get(location).with(login(laiwu))).andExpect(status().isNotFound());
		mvc.perform(get(runLocation).with(login(laiwu))).andExpect(status().isNotFound());
		AccountView reader = accounts.create(Role.COMPLAINT_HANDLER, "211100");
		mvc.perform(get("/monitoring/datasets/new").with(login(reader))).andExpect(status().isForbidden());
		mvc.perform(get(runLocation).with(login(reader))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/hits.csv"))));
	}

	@Test
	void aRefusedRunShowsItsProblemsByFileLineAndColumn(@TempDir Path dir) throws Exception {
		RunsIT.Bad bad = RunsIT.Bad.write(dir);
		String location = mvc.perform(multipart("/monitoring/datasets").file(part("visits", bad.visits())).file(part("fees", bad.fees()))
			.file(part("kb", bad.kb())).param("name", "坏数据页面").with(csrf()).with(login(leader)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String runLocation = mvc.perform(post(location + "/runs").param("ruleBaseVersion", "v1").with(csrf()).with(login(leader)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long runId = Long.parseLong(runLocation.substring(runLocation.lastIndexOf('/') + 1));
		assertThat(awaitRun(runId).status()).isEqualTo(RunStatus.REFUSED);
		mvc.perform(get(runLocation).with(login(leader))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"run-problems\"")))
			.andExpect(content().string(containsString("<td>mdtrt_d.csv</td><td>2</td><td>brdy</td>")))
			.andExpect(content().string(containsString("<td>bad date &#39;1980-02-30&#39;</td>")));
	}

	@Test
	void ruleBasePagesListShowAndDeriveVersions() throws Exception {
		mvc.perform(get("/monitoring/rulebases").with(login(leader))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/ledger/entries/")))
			.andExpect(content().string(containsString("/monitoring/rulebases/v1")));
		mvc.perform(get("/monitoring/rulebases/v1").with(login(leader))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rulebase-parameters\"")))
			.andExpect(content().string(containsString("regulatory-rules §8")));
		mvc.perform(get("/monitoring/rulebases/new").param("from", "v1").with(login(leader))).andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"p.SPLIT_ADM.max_gap_days\"")));

		var form = post("/monitoring/rulebases").param("basedOn", "v1").param("note", "页面测试").with(csrf()).with(login(leader));
		org.weijian.monitoring.engine.RuleBase.v1().parameters()
			.forEach(p -> form.param("p." + p.ruleCode() + "." + p.parameter(), p.ruleCode().equals("FREQ_VISIT") ? "4" : p.value()));
		String created = mvc.perform(form).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/monitoring/rulebases/v*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(created).with(login(leader))).andExpect(status().isOk()).andExpect(content().string(containsString("table-warning")));

		var bad = post("/monitoring/rulebases").param("basedOn", "v1").with(csrf()).with(login(leader));
		org.weijian.monitoring.engine.RuleBase.v1().parameters()
			.forEach(p -> bad.param("p." + p.ruleCode() + "." + p.parameter(), p.ruleCode().equals("FREQ_VISIT") ? "three" : p.value()));
		mvc.perform(bad).andExpect(status().isOk()).andExpect(content().string(containsString("FREQ_VISIT.min_visits_per_day")));

		AccountView inspector = accounts.create(Role.INSPECTOR, "211100");
		mvc.perform(get("/monitoring/rulebases/new").with(login(inspector))).andExpect(status().isForbidden());
	}

	private RunView awaitRun(long id) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			RunView run = runs.find(id).orElseThrow();
			if (run.status().finished()) {
				return run;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("run " + id + " did not finish");
	}

	private static MockMultipartFile part(String name, Path file) throws Exception {
		return new MockMultipartFile(name, file.getFileName().toString(), "text/csv", Files.readAllBytes(file));
	}

}
