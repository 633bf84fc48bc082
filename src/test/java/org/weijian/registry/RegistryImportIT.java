package org.weijian.registry;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.shared.io.TableWriter;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = "weijian.registry.import.max-bytes=1000000")
@AutoConfigureMockMvc
class RegistryImportIT {

	static final String HEADER = "name,category,uscc,region_code,grid_id,address,legal_representative,principal,grade,ownership,for_profit,"
			+ "licence_reg_no,beds,practice_subjects,status";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	JdbcClient jdbc;

	TestAccounts accounts;

	String leader;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void setUp() throws Exception {
		accounts = new TestAccounts(users, mvc);
		leader = accounts.bearer(accounts.create(Role.DEPARTMENT_LEADER, "211100"));
	}

	static String row(String name, String uscc, String region) {
		return String.join(",", name, "CLINIC", uscc, region, "", "兴隆台区测试街 " + RegistryFixtures.next() + " 号", "王五", "赵六", "",
				"PRIVATE", "true", RegistryFixtures.licence(region), "0", "内科;口腔科", "OPERATING");
	}

	static List<String> rows(int n, String tag) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			out.add(row("盘锦导入诊所" + tag + "-" + i, RegistryFixtures.uscc("211103"), "211103"));
		}
		return out;
	}

	static byte[] csv(List<String> rows, Charset charset) {
		return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(charset);
	}

	ResultActions upload(String path, String fileName, byte[] content, boolean dryRun) throws Exception {
		return mvc.perform(multipart(path + (dryRun ? "?dryRun=true" : ""))
			.file(new MockMultipartFile("file", fileName, "text/csv", content))
			.header("Authorization", leader));
	}

	long countNamed(String prefix) {
		return jdbc.sql("SELECT count(*) FROM subject WHERE name LIKE ?").param(prefix + "%").query(Long.class).single();
	}

	JsonNode body(ResultActions r) throws Exception {
		return json.readTree(r.andReturn().getResponse().getContentAsString());
	}

	@Test
	void oneBadCreditCodeAmongAThousandRowsImportsNothingAndNamesTheRow() throws Exception {
		String tag = "B" + RegistryFixtures.next();
		List<String> rows = rows(1000, tag);
		String good = RegistryFixtures.uscc("211103");
		String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
		rows.set(736, row("盘锦导入诊所" + tag + "-736", bad, "211103"));
		JsonNode problem = body(upload("/api/v1/institutions/import", "clinics.csv", csv(rows, StandardCharsets.UTF_8), false)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("error.import.rejected")));
		assertThat(problem.get("errors").size()).isEqualTo(1);
		JsonNode error = problem.get("errors").get(0);
		assertThat(error.get("row").asInt()).isEqualTo(738); // header is row 1, the 737th data row is row 738
		assertThat(error.get("field").asString()).isEqualTo("uscc");
		assertThat(error.get("code").asString()).isEqualTo("error.uscc.check-character");
		assertThat(error.get("message").asString()).isNotBlank();
		assertThat(countNamed("盘锦导入诊所" + tag)).isZero();

		rows.set(736, row("盘锦导入诊所" + tag + "-736", good, "211103"));
		upload("/api/v1/institutions/import", "clinics.csv", csv(rows, StandardCharsets.UTF_8), false).andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1000));
		assertThat(countNamed("盘锦导入诊所" + tag)).isEqualTo(1000);
		long audits = jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'institutions.imported' AND after_state::text LIKE ?")
			.param("%clinics.csv%")
			.query(Long.class)
			.single();
		assertThat(audits).isPositive();
	}

	@Test
	void dryRunReportsEveryBadRowAndDuplicatesWithoutWriting() throws Exception {
		String tag = "D" + RegistryFixtures.next();
		List<String> rows = rows(5, tag);
		rows.add(rows.get(0).replace(tag + "-0", tag + "-copy"));
		rows.add(row("盘锦导入诊所" + tag + "-far", RegistryFixtures.uscc("370116"), "370116"));
		rows.add(row("", RegistryFixtures.uscc("211103"), "211199"));
		JsonNode report = body(upload("/api/v1/institutions/import", "dry.csv", csv(rows, StandardCharsets.UTF_8), true)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dryRun").value(true))
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.imported").value(0)));
		List<String> found = report.get("errors").valueStream().map(e -> e.get("row").asInt() + ":" + e.get("field").asString() + ":" + e.get("code").asString()).toList();
		assertThat(found).contains("7:uscc:error.import.duplicate-in-file", "7:licence_reg_no:error.import.duplicate-in-file",
				"8:region_code:error.import.outside-scope", "9:name:error.field.required", "9:region_code:error.division.unknown");
		assertThat(countNamed("盘锦导入诊所" + tag)).isZero();

		List<String> clean = rows.subList(0, 5);
		upload("/api/v1/institutions/import", "clean.csv", csv(clean, StandardCharsets.UTF_8), true).andExpect(jsonPath("$.valid").value(true));
		assertThat(countNamed("盘锦导入诊所" + tag)).isZero();
		upload("/api/v1/institutions/import", "clean.csv", csv(clean, StandardCharsets.UTF_8), false).andExpect(status().isOk());
		JsonNode again = body(upload("/api/v1/institutions/import", "clean.csv", csv(clean, StandardCharsets.UTF_8), true));
		assertThat(again.get("errors").valueStream().map(e -> e.get("code").asString())).contains("error.subject.uscc-duplicate",
				"error.subject.licence-duplicate");
	}

	@Test
	void gbkFilesAreDetectedAndGarbageIsRejectedWithAMessage() throws Exception {
		String tag = "G" + RegistryFixtures.next();
		upload("/api/v1/institutions/import", "gbk.csv", csv(rows(3, tag), Charset.forName("GBK")), false).andExpect(status().isOk())
			.andExpect(jsonPath("$.encoding").value("GBK"));
		assertThat(countNamed("盘锦导入诊所" + tag)).isEqualTo(3);

		byte[] garbage = new byte[2000];
		new java.util.Random(7).nextBytes(garbage);
		garbage[0] = 'n';
		upload("/api/v1/institutions/import", "garbage.csv", garbage, false).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("error.upload.encoding"))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		byte[] fakeXlsx = "PK\u0003\u0004 not really a workbook".getBytes(StandardCharsets.ISO_8859_1);
		upload("/api/v1/institutions/import", "broken.xlsx", fakeXlsx, false).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("error.upload.malformed-xlsx"));
		upload("/api/v1/institutions/import", "empty.csv", new byte[0], false).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("error.upload.empty"));
		upload("/api/v1/institutions/import", "columns.csv", "name,category,region_code,licence_reg_no,colour\n".getBytes(StandardCharsets.UTF_8), false)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("error.import.unknown-column"));
		upload("/api/v1/institutions/import", "huge.csv", new byte[1_000_001], false).andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.code").value("error.upload.too-large"));
		mvc.perform(multipart("/api/v1/institutions/import").header("Authorization", leader)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void xlsxImportsLikeCsv() throws Exception {
		String tag = "X" + RegistryFixtures.next();
		List<List<String>> cells = rows(4, tag).stream().map(r -> List.of(r.split(",", -1))).toList();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		TableWriter.write(TableWriter.Format.XLSX, List.of(HEADER.split(",")), cells, out);
		upload("/api/v1/institutions/import", "clinics.xlsx", out.toByteArray(), false).andExpect(status().isOk())
			.andExpect(jsonPath("$.encoding").value("xlsx"))
			.andExpect(jsonPath("$.imported").value(4));
		assertThat(countNamed("盘锦导入诊所" + tag)).isEqualTo(4);
	}

	@Test
	void importsNeedTheImportPermission() throws Exception {
		String inspector = accounts.bearer(accounts.create(Role.INSPECTOR, "211100"));
		mvc.perform(multipart("/api/v1/institutions/import").file(new MockMultipartFile("file", "a.csv", "text/csv", csv(rows(1, "P"), StandardCharsets.UTF_8)))
			.header("Authorization", inspector)).andExpect(status().isForbidden());
	}

	@Test
	void unitsImportWithTheirCategoryAttributes() throws Exception {
		String tag = "U" + RegistryFixtures.next();
		String header = "name,category,uscc,region_code,grid_id,address,legal_representative,principal,status,attr_supplyType,attr_dailyCapacityTonnes,attr_placeType";
		String ok = String.join(",", "盘锦导入水厂" + tag, "DRINKING_WATER", RegistryFixtures.uscc("211102"), "211102", "", "", "", "", "", "CENTRALISED", "8000", "");
		String bad = String.join(",", "盘锦导入水厂" + tag + "b", "DRINKING_WATER", RegistryFixtures.uscc("211102"), "211102", "", "", "", "", "", "RIVER", "", "HOTEL");
		JsonNode problem = body(upload("/api/v1/units/import", "water.csv", (header + "\n" + ok + "\n" + bad + "\n").getBytes(StandardCharsets.UTF_8), false)
			.andExpect(status().isUnprocessableContent()));
		assertThat(problem.get("errors").valueStream().map(e -> e.get("row").asInt() + ":" + e.get("field").asString()))
			.contains("3:attr_supplyType", "3:attr_dailyCapacityTonnes", "3:attr_placeType");
		upload("/api/v1/units/import", "water.csv", (header + "\n" + ok + "\n").getBytes(StandardCharsets.UTF_8), false).andExpect(status().isOk());
		String bearer = accounts.bearer(accounts.create(Role.INSPECTOR, "211100"));
		mvc.perform(get("/api/v1/units?q=盘锦导入水厂" + tag).header("Authorization", bearer))
			.andExpect(jsonPath("$.items[0].categoryCode").value("DRINKING_WATER"));
	}

}
