package org.weijian.monitoring.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.monitoring.run.RunFixture;
import org.weijian.region.Regions;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Datasets: registration from a server directory only below the import roots (no {@code ..}, no symbolic link out),
 * file discovery by pattern, the same digest as an upload of the same files, region scope and permissions.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DatasetsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	MonitoringProperties props;

	@Autowired
	DatasetStore store;

	@Autowired
	Regions regions;

	@Autowired
	CurrentUsers currentUsers;

	@Autowired
	AuditTrail audit;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Clock clock;

	TestAccounts accounts;

	RunFixture fixture;

	String leader;

	Path root;

	@BeforeEach
	void setUp() throws Exception {
		accounts = new TestAccounts(users, mvc);
		fixture = new RunFixture(mvc);
		leader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "211100"));
		root = Path.of(props.importRoots().get(0)).toAbsolutePath();
		Files.createDirectories(root);
	}

	@Test
	void aServerDirectoryBelowTheRootIsRegisteredInPlaceWithTheSameDigestAsAnUpload() throws Exception {
		Path dir = copySample(root.resolve(UUID.randomUUID().toString()));
		JsonNode registered = register(leader, Map.of("name", "服务器目录样本", "directory", dir.toString()), 201);
		assertThat(registered.path("source").asString()).isEqualTo("SERVER_PATH");
		assertThat(registered.path("visitsFile").asString()).isEqualTo("mdtrt_d.csv");
		assertThat(registered.path("peersFile").asString()).isEqualTo("peers.csv");
		assertThat(registered.path("regionCode").asString()).isEqualTo("211100");
		JsonNode uploaded = fixture.uploadSample(leader, "上传样本");
		assertThat(registered.path("contentSha256").asString()).isEqualTo(uploaded.path("contentSha256").asString());
		assertThat(registered.path("totalBytes").asLong()).isEqualTo(uploaded.path("totalBytes").asLong());

		long id = registered.path("id").asLong();
		JsonNode run = fixture.await(leader, fixture.requestRun(leader, id, "v1", false, 202).path("id").asLong());
		assertThat(run.path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(fixture.download(leader, "/api/v1/monitoring/runs/" + run.path("id").asLong() + "/warnings.csv", 200))
			.isEqualTo(Files.readAllBytes(RunFixture.sample().resolve("expected_warnings.csv")));

		// a file changed in place after registration: the next run is refused, not run on other data
		Files.writeString(dir.resolve("peers.csv"), "fixmedins_code,peer_group\n");
		String other = accounts.bearer(accounts.create(Role.INSPECTOR, "211100"));
		JsonNode refused = fixture.getJson(other, "/api/v1/monitoring/datasets/" + id, 200);
		assertThat(refused.path("id").asLong()).isEqualTo(id);
		JsonNode second = fixture.await(leader, fixture.replay(leader, run.path("id").asLong(), "v1", 202).path("id").asLong());
		assertThat(second.path("status").asString()).isEqualTo("REFUSED");
		assertThat(second.path("problems").get(0).asString()).isEqualTo("error.monitoring.run.dataset-changed");
	}

	@Test
	void pathsOutsideTheRootsAreRefusedWhateverTheRoute() throws Exception {
		Path outside = RunFixture.sample();
		assertThat(code(register(leader, Map.of("name", "x", "directory", outside.toString()), 400), "directory"))
			.isEqualTo("error.monitoring.dataset.path-outside");
		String traversal = root + "/../" + root.getParent().relativize(outside);
		assertThat(code(register(leader, Map.of("name", "x", "directory", traversal), 400), "directory"))
			.isEqualTo("error.monitoring.dataset.path-outside");
		assertThat(code(register(leader, Map.of("name", "x", "directory", "target/monitoring-import"), 400), "directory"))
			.isEqualTo("error.monitoring.dataset.path-absolute");

		Path link = root.resolve("link-" + UUID.randomUUID());
		Files.createSymbolicLink(link, outside);
		assertThat(code(register(leader, Map.of("name", "x", "directory", link.toString()), 400), "directory"))
			.isEqualTo("error.monitoring.dataset.path-outside");

		Path dir = copySample(root.resolve(UUID.randomUUID().toString()));
		Files.delete(dir.resolve("hilist_kb.csv"));
		Files.createSymbolicLink(dir.resolve("hilist_kb.csv"), outside.resolve("hilist_kb.csv"));
		assertThat(code(register(leader, Map.of("name", "x", "directory", dir.toString()), 400), "kbFile"))
			.isEqualTo("error.monitoring.dataset.path-outside");
		assertThat(code(register(leader, Map.of("name", "x", "directory", dir.toString(), "kbFile", "../hilist_kb.csv"), 400), "kbFile"))
			.isEqualTo("error.monitoring.dataset.plain-file-name");
	}

	@Test
	void filesAreFoundByPatternOrChosenWhenSeveralMatch() throws Exception {
		Path dir = copySample(root.resolve(UUID.randomUUID().toString()));
		Files.move(dir.resolve("mdtrt_d.csv"), dir.resolve("mdtrt_d_202504.csv"));
		Files.copy(dir.resolve("mdtrt_d_202504.csv"), dir.resolve("mdtrt_d_202505.csv"));
		Files.delete(dir.resolve("fee_list_d.csv"));
		JsonNode problem = register(leader, Map.of("name", "x", "directory", dir.toString()), 400);
		assertThat(code(problem, "visitsFile")).isEqualTo("error.monitoring.dataset.file-ambiguous");
		assertThat(code(problem, "feesFile")).isEqualTo("error.monitoring.dataset.file-missing");
		Files.copy(RunFixture.sample().resolve("fee_list_d.csv"), dir.resolve("fee_list_d.csv"));
		JsonNode chosen = register(leader, Map.of("name", "x", "directory", dir.toString(), "visitsFile", "mdtrt_d_202505.csv"), 201);
		assertThat(chosen.path("visitsFile").asString()).isEqualTo("mdtrt_d_202505.csv");
	}

	@Test
	void withoutImportRootsTheServerPathIsSwitchedOffWithAClearMessage() {
		Datasets off = new Datasets(store, new MonitoringProperties(props.storageDir(), List.of(), 1), regions, currentUsers, audit, tx, clock);
		assertThatThrownBy(() -> off.register(new ServerPathRequest("x", "211100", "/tmp", null, null, null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.violations()).hasSize(1);
				assertThat(ex.violations().get(0).field()).isEqualTo("directory");
				assertThat(ex.violations().get(0).code()).isEqualTo("error.monitoring.dataset.server-path-off");
			});
	}

	@Test
	void uploadsAreCheckedAndHeldToTheRegion() throws Exception {
		Path s = RunFixture.sample();
		JsonNode missing = fixture.upload(leader, "缺文件", null, s.resolve("mdtrt_d.csv"), s.resolve("fee_list_d.csv"), s.resolve("mdtrt_d.csv"),
				null, 201);
		assertThat(missing.path("kbFile").asString()).isEqualTo("hilist_kb.csv");
		JsonNode unknownRegion = fixture.upload(leader, "x", "999999", s.resolve("mdtrt_d.csv"), s.resolve("fee_list_d.csv"),
				s.resolve("hilist_kb.csv"), null, 400);
		assertThat(code(unknownRegion, "regionCode")).isEqualTo("error.monitoring.dataset.region-unknown");
		fixture.upload(leader, "x", "370116", s.resolve("mdtrt_d.csv"), s.resolve("fee_list_d.csv"), s.resolve("hilist_kb.csv"), null, 403);
		JsonNode district = fixture.upload(leader, "盘山县", "211122", s.resolve("mdtrt_d.csv"), s.resolve("fee_list_d.csv"),
				s.resolve("hilist_kb.csv"), null, 201);
		assertThat(district.path("regionCode").asString()).isEqualTo("211122");

		String reader = accounts.bearer(accounts.create(Role.COMPLAINT_HANDLER, "211100"));
		fixture.upload(reader, "x", null, s.resolve("mdtrt_d.csv"), s.resolve("fee_list_d.csv"), s.resolve("hilist_kb.csv"), null, 403);
		String laiwu = accounts.bearer(accounts.create(Role.INSPECTOR, "370116"));
		fixture.getJson(laiwu, "/api/v1/monitoring/datasets/" + district.path("id").asLong(), 404);
		JsonNode laiwuList = fixture.getJson(laiwu, "/api/v1/monitoring/datasets?size=200", 200);
		laiwuList.path("items").forEach(d -> assertThat(d.path("regionCode").asString()).startsWith("370116"));

		String noKb = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/monitoring/datasets")
			.file(new org.springframework.mock.web.MockMultipartFile("visits", "mdtrt_d.csv", "text/csv", Files.readAllBytes(s.resolve("mdtrt_d.csv"))))
			.param("name", "缺知识库")
			.header("Authorization", leader)).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		JsonNode problem = RunFixture.JSON.readTree(noKb);
		assertThat(code(problem, "kb")).isEqualTo("error.field.required");
		assertThat(code(problem, "fees")).isEqualTo("error.field.required");
	}

	private JsonNode register(String bearer, Map<String, String> body, int expected) throws Exception {
		String response = mvc.perform(post("/api/v1/monitoring/datasets/server-path").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON).content(RunFixture.JSON.writeValueAsString(new HashMap<>(body))))
			.andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
		return RunFixture.JSON.readTree(response);
	}

	private static String code(JsonNode problem, String field) {
		for (JsonNode e : problem.path("errors")) {
			if (e.path("field").asString().equals(field)) {
				return e.path("code").asString();
			}
		}
		throw new AssertionError("no error for " + field + " in " + problem);
	}

	private static Path copySample(Path dir) throws Exception {
		Files.createDirectories(dir);
		for (String f : List.of("mdtrt_d.csv", "fee_list_d.csv", "hilist_kb.csv", "peers.csv")) {
			Files.copy(RunFixture.sample().resolve(f), dir.resolve(f));
		}
		return dir;
	}

}
