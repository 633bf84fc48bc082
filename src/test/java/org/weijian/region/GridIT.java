package org.weijian.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.shared.crypto.PersonalDataCipher;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 网格 and 网格员 over REST: codes, validation, masked phones, one leader, retirement and scope. */
@SpringBootTest
@AutoConfigureMockMvc
class GridIT {

	private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	Regions regions;

	@Autowired
	Grids grids;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataCipher cipher;

	final JsonMapper json = JsonMapper.builder().build();

	TestAccounts accounts;

	String admin;

	String panjinLeader;

	String laiwuLeader;

	/** A town of 兴隆台区 (盘锦市). */
	String panjinTown;

	@BeforeEach
	void setUp() throws Exception {
		accounts = new TestAccounts(users, mvc);
		admin = accounts.bearer(accounts.create(Role.SYSTEM_ADMIN, null));
		panjinLeader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "211100"));
		laiwuLeader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "370116"));
		panjinTown = regions.descendants("211103", RegionLevel.TOWN).get(0).code();
	}

	@Test
	void gridsTakeTheirTownsCodeAndTheNextSequence() throws Exception {
		JsonNode first = created(panjinTown, panjinLeader);
		JsonNode second = created(panjinTown, panjinLeader);
		assertThat(first.get("code").asString()).hasSize(12).startsWith(panjinTown);
		assertThat(Integer.parseInt(second.get("code").asString().substring(9)))
			.isEqualTo(Integer.parseInt(first.get("code").asString().substring(9)) + 1);
		assertThat(first.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(first.get("townName").asString()).startsWith("辽宁省盘锦市兴隆台区");
		mvc.perform(get("/api/v1/regions/" + panjinTown + "/grids").param("size", "200").header("Authorization", panjinLeader))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].code", everyItem(startsWith(panjinTown))));
		mvc.perform(get("/api/v1/audit").param("entityType", "grid").param("entityId", first.get("id").asString())
			.header("Authorization", admin)).andExpect(jsonPath("$.items[0].action").value("grid.created"));
	}

	@Test
	void concurrentCreationsInOneTownNeverShareACode() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Grid>> tasks = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String name = "并发网格" + SEQ.incrementAndGet();
				tasks.add(() -> grids.create(new NewGrid(panjinTown, name)));
			}
			List<String> codes = new ArrayList<>();
			for (Future<Grid> f : pool.invokeAll(tasks)) {
				codes.add(f.get().code());
			}
			assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.startsWith(panjinTown) && c.length() == 12);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void onlyTownsHoldGridsAndEveryBadFieldIsNamed() throws Exception {
		create(Map.of("townCode", "211103", "name", "县级网格")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("townCode"))
			.andExpect(jsonPath("$.errors[0].code").value("error.grid.town-only"));
		create(Map.of("townCode", "abc")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[1].field").value("townCode"))
			.andExpect(jsonPath("$.errors[1].code").value("error.division.format"));
		create(Map.of("townCode", "211103999", "name", "不存在")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("error.division.unknown"));
		create(Map.of("townCode", panjinTown, "name", "网".repeat(51))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("error.field.too-long"));
	}

	@Test
	void twoActiveGridsOfATownMayNotShareAName() throws Exception {
		String name = "重名网格" + SEQ.incrementAndGet();
		create(Map.of("townCode", panjinTown, "name", name)).andExpect(status().isCreated());
		create(Map.of("townCode", panjinTown, "name", name)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.grid.name-duplicate"));
	}

	@Test
	void staffPhonesAreStoredEncryptedAndLeaveOnlyMasked() throws Exception {
		long id = created(panjinTown, panjinLeader).get("id").asLong();
		String phone = "139" + String.format("%08d", SEQ.incrementAndGet() % 100_000_000);
		String masked = phone.substring(0, 3) + "****" + phone.substring(7);
		String assigned = assign(id, "张网格", phone, "GRID_LEADER").andExpect(status().isCreated())
			.andExpect(jsonPath("$.phoneMasked").value(masked))
			.andExpect(jsonPath("$.role").value("GRID_LEADER"))
			.andExpect(jsonPath("$.active").value(true))
			.andReturn().getResponse().getContentAsString();
		String detail = mvc.perform(get("/api/v1/grids/" + id).header("Authorization", panjinLeader))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.staff[0].phoneMasked").value(masked))
			.andReturn().getResponse().getContentAsString();
		String audit = mvc.perform(get("/api/v1/audit").param("entityType", "grid").param("entityId", String.valueOf(id))
			.header("Authorization", admin)).andReturn().getResponse().getContentAsString();
		for (String body : List.of(assigned, detail, audit)) {
			assertThat(body).doesNotContain(phone).doesNotContain(phone.substring(3));
		}
		Map<String, Object> row = jdbc.sql("SELECT phone_cipher, phone_index, phone_masked FROM grid_staff WHERE grid_id = ?")
			.param(id).query().singleRow();
		byte[] sealed = (byte[]) row.get("phone_cipher");
		assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(phone);
		assertThat(cipher.decrypt(sealed)).isEqualTo(phone);
		assertThat(row.get("phone_index")).isEqualTo(cipher.blindIndex(phone));
		assertThat(row.get("phone_masked")).isEqualTo(masked);
		assign(id, "张网格", phone, "GRID_MEMBER").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.grid.staff.duplicate"));
	}

	@Test
	void staffInputIsCheckedFieldByField() throws Exception {
		long id = created(panjinTown, panjinLeader).get("id").asLong();
		mvc.perform(post("/api/v1/grids/" + id + "/staff").header("Authorization", panjinLeader)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("name", " ", "phone", "12345", "role", "BOSS", "fromDate", "2099-01-01"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.contains("name", "phone", "role", "fromDate")))
			.andExpect(jsonPath("$.errors[1].code").value("error.phone.format"))
			.andExpect(jsonPath("$.errors[2].code").value("error.grid.role-unknown"))
			.andExpect(jsonPath("$.errors[3].code").value("error.grid.staff.from-future"));
		mvc.perform(post("/api/v1/grids/" + id + "/staff").header("Authorization", panjinLeader)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("name", "李四", "phone", "0427-2345678", "role", "GRID_MEMBER", "fromDate", "2025-13-01"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("fromDate"))
			.andExpect(jsonPath("$.errors[0].code").value("error.field.date"));
	}

	@Test
	void aGridHasAtMostOneActiveLeader() throws Exception {
		long id = created(panjinTown, panjinLeader).get("id").asLong();
		long first = json.readTree(assign(id, "王一", phone(), "GRID_LEADER").andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString()).get("id").asLong();
		assign(id, "王二", phone(), "GRID_LEADER").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.grid.leader-exists"))
			.andExpect(jsonPath("$.errors[0].field").value("role"));
		assign(id, "王三", phone(), "GRID_MEMBER").andExpect(status().isCreated());
		end(id, first).andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
		end(id, first).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("error.grid.staff.ended"));
		assign(id, "王二", phone(), "GRID_LEADER").andExpect(status().isCreated());
	}

	@Test
	void aGridWithStaffInPostCannotBeRetired() throws Exception {
		JsonNode grid = created(panjinTown, panjinLeader);
		long id = grid.get("id").asLong();
		int version = grid.get("version").asInt();
		String town = grid.get("townCode").asString();
		long staff = json.readTree(assign(id, "赵六", phone(), "GRID_MEMBER").andReturn().getResponse().getContentAsString())
			.get("id").asLong();
		assertThat(grids.belongsTo(id, town)).isTrue();
		retire(id, version, panjinLeader).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("error.grid.has-staff"));
		mvc.perform(post("/api/v1/grids/" + id + "/staff/" + staff + "/end").header("Authorization", panjinLeader)
			.contentType(MediaType.APPLICATION_JSON).content("{\"toDate\":\"2099-01-01\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("toDate"));
		end(id, staff).andExpect(status().isOk());
		retire(id, version + 7, panjinLeader).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.concurrent-change"));
		mvc.perform(post("/api/v1/grids/" + id + "/retire").header("Authorization", panjinLeader))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
		retire(id, version, panjinLeader).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETIRED"));
		assign(id, "钱七", phone(), "GRID_MEMBER").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.grid.retired"));
		assertThat(grids.belongsTo(id, town)).isFalse();
	}

	@Test
	void belongsToAnswersWhetherAnActiveGridLiesInADivision() throws Exception {
		JsonNode grid = created(panjinTown, panjinLeader);
		long id = grid.get("id").asLong();
		assertThat(grids.belongsTo(id, panjinTown)).isTrue();
		assertThat(grids.belongsTo(id, "211103")).isTrue();
		assertThat(grids.belongsTo(id, "211100")).isTrue();
		assertThat(grids.belongsTo(id, "210000")).isTrue();
		assertThat(grids.belongsTo(id, "211102")).isFalse();
		assertThat(grids.belongsTo(id, "370116")).isFalse();
		assertThat(grids.belongsTo(id, "not-a-code")).isFalse();
		assertThat(grids.belongsTo(-1, panjinTown)).isFalse();
		assertThat(grids.find(id)).get().extracting(Grid::townCode).isEqualTo(panjinTown);
		assertThat(grids.inTown(panjinTown)).extracting(Grid::id).contains(id);
	}

	@Test
	void aLaiwuUserNeitherSeesNorChangesPanjinGrids() throws Exception {
		JsonNode grid = created(panjinTown, panjinLeader);
		long id = grid.get("id").asLong();
		long staff = json.readTree(assign(id, "孙八", phone(), "GRID_MEMBER").andReturn().getResponse().getContentAsString())
			.get("id").asLong();
		mvc.perform(get("/api/v1/grids/" + id).header("Authorization", laiwuLeader))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("error.grid.not-found"));
		mvc.perform(get("/api/v1/regions/" + panjinTown + "/grids").header("Authorization", laiwuLeader))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/regions/370116/grids").param("size", "200").header("Authorization", laiwuLeader))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].townCode", everyItem(startsWith("370116"))));
		assign(id, "周九", phone(), "GRID_MEMBER", laiwuLeader).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("error.scope.denied"));
		mvc.perform(post("/api/v1/grids/" + id + "/staff/" + staff + "/end").header("Authorization", laiwuLeader))
			.andExpect(status().isForbidden());
		retire(id, grid.get("version").asInt(), laiwuLeader).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/grids").header("Authorization", laiwuLeader).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("townCode", panjinTown, "name", "越权网格" + SEQ.incrementAndGet()))))
			.andExpect(status().isForbidden());
		String laiwuInspector = accounts.bearer(accounts.create(Role.INSPECTOR, "370116"));
		mvc.perform(get("/api/v1/grids/" + id).header("Authorization", laiwuInspector)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/grids/" + id).header("Authorization", panjinLeader))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.staff", hasSize(1)))
			.andExpect(jsonPath("$.staff[0].active").value(true));
	}

	private JsonNode created(String town, String bearer) throws Exception {
		String body = mvc.perform(post("/api/v1/grids").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("townCode", town, "name", "测试网格" + SEQ.incrementAndGet()))))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return json.readTree(body);
	}

	private ResultActions create(Map<String, String> body) throws Exception {
		return mvc.perform(post("/api/v1/grids").header("Authorization", panjinLeader).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private ResultActions assign(long grid, String name, String phone, String role) throws Exception {
		return assign(grid, name, phone, role, panjinLeader);
	}

	private ResultActions assign(long grid, String name, String phone, String role, String bearer) throws Exception {
		return mvc.perform(post("/api/v1/grids/" + grid + "/staff").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("name", name, "phone", phone, "role", role))));
	}

	private ResultActions end(long grid, long staff) throws Exception {
		return mvc.perform(post("/api/v1/grids/" + grid + "/staff/" + staff + "/end").header("Authorization", panjinLeader));
	}

	private ResultActions retire(long grid, int version, String bearer) throws Exception {
		return mvc.perform(post("/api/v1/grids/" + grid + "/retire").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + "}"));
	}

	private static String phone() {
		return "186" + String.format("%08d", SEQ.incrementAndGet() % 100_000_000);
	}

}
