package org.weijian.registry;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.support.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class PractitionerIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	SubjectRegistration registration;

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

	String body(String name, String idNumber, String cert, long institutionId) {
		return "{\"name\":\"" + name + "\",\"idNumber\":\"" + idNumber + "\",\"profession\":\"PHYSICIAN\",\"qualificationCertNo\":\""
				+ RegistryFixtures.certificate() + "\",\"practiceCertNo\":\"" + cert + "\",\"practiceCategory\":\"临床\",\"practiceScope\":\"内科专业\","
				+ "\"institutionId\":" + institutionId + "}";
	}

	JsonNode create(String name, String idNumber, long institutionId) throws Exception {
		String response = mvc.perform(post("/api/v1/practitioners").header("Authorization", leader)
			.contentType("application/json")
			.content(body(name, idNumber, RegistryFixtures.certificate(), institutionId)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(response);
	}

	@Test
	void registersWithAMaskedIdNumberThatNeverAppearsInClear() throws Exception {
		SubjectRecord hospital = registration.register(RegistryFixtures.hospital("盘锦医师医院" + RegistryFixtures.next(), "211102"));
		String id = RegistryFixtures.idNumber("211102");
		JsonNode created = create("王医师", id, hospital.id());
		assertThat(created.toString()).doesNotContain(id);
		assertThat(created.get("idNumberMasked").asString()).isEqualTo(id.substring(0, 4) + "**********" + id.substring(14));
		assertThat(created.get("birthDate").asString()).isEqualTo(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
		long pid = created.get("id").asLong();

		String inspector = accounts.bearer(accounts.create(Role.INSPECTOR, "211100"));
		String detail = mvc.perform(get("/api/v1/practitioners/" + pid).header("Authorization", inspector))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(detail).doesNotContain(id);
		String byId = mvc.perform(get("/api/v1/practitioners?q=" + id).header("Authorization", inspector))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(pid))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(byId).doesNotContain(id);
		String stored = jdbc.sql("SELECT encode(id_number_enc, 'escape') || id_number_hash || id_number_masked FROM practitioner WHERE id = ?")
			.param(pid)
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain(id);
		String masked = mvc.perform(get("/api/v1/practitioners/export?q=" + id).header("Authorization", inspector))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(masked).contains(created.get("idNumberMasked").asString()).doesNotContain(id);
		mvc.perform(get("/api/v1/practitioners/export?includePersonalData=true&q=" + id).header("Authorization", inspector))
			.andExpect(status().isForbidden());
		String clear = mvc.perform(get("/api/v1/practitioners/export?includePersonalData=true&q=" + id).header("Authorization", leader))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(clear).contains(id);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'practitioners.exported-personal-data'").query(Long.class).single())
			.isPositive();
	}

	@Test
	void aBadCheckDigitIsA400NamingIdNumber() throws Exception {
		SubjectRecord hospital = registration.register(RegistryFixtures.hospital("盘锦校验医院" + RegistryFixtures.next(), "211102"));
		String id = RegistryFixtures.idNumber("211102");
		String wrong = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
		mvc.perform(post("/api/v1/practitioners").header("Authorization", leader)
			.contentType("application/json")
			.content(body("李护士", wrong, RegistryFixtures.certificate(), hospital.id())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"))
			.andExpect(jsonPath("$.errors[0].code").value("error.id-number.check-digit"));
		String right = create("李护士", id, hospital.id()).toString();
		assertThat(right).doesNotContain(id);
		mvc.perform(post("/api/v1/practitioners").header("Authorization", leader)
			.contentType("application/json")
			.content(body("李护士", id, RegistryFixtures.certificate(), hospital.id())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"));
	}

	@Test
	void filingsAreAddedAndEndedAndScopeHolds() throws Exception {
		long n = RegistryFixtures.next();
		SubjectRecord primary = registration.register(RegistryFixtures.hospital("盘锦主院" + n, "211102"));
		SubjectRecord second = registration.register(RegistryFixtures.hospital("盘锦分院" + n, "211103"));
		JsonNode p = create("赵医师", RegistryFixtures.idNumber("211102"), primary.id());
		long pid = p.get("id").asLong();
		JsonNode filed = json.readTree(mvc.perform(post("/api/v1/practitioners/" + pid + "/filings").header("Authorization", leader)
			.contentType("application/json")
			.content("{\"institutionId\":" + second.id() + ",\"validFrom\":\"2026-01-01\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(filed.get("filings").size()).isEqualTo(1);
		long filingId = filed.get("filings").get(0).get("id").asLong();
		mvc.perform(post("/api/v1/practitioners/" + pid + "/filings").header("Authorization", leader)
			.contentType("application/json")
			.content("{\"institutionId\":" + second.id() + "}")).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/practitioners/" + pid + "/filings").header("Authorization", leader)
			.contentType("application/json")
			.content("{\"institutionId\":" + primary.id() + "}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/practitioners/" + pid + "/filings/" + filingId + "/end").header("Authorization", leader)
			.contentType("application/json")
			.content("{\"validTo\":\"2026-06-30\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.filings[0].status").value("ENDED"))
			.andExpect(jsonPath("$.filings[0].validTo").value("2026-06-30"));

		String laiwu = accounts.bearer(accounts.create(Role.INSPECTOR, "370116"));
		mvc.perform(get("/api/v1/practitioners/" + pid).header("Authorization", laiwu)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/practitioners?q=赵医师&size=200").header("Authorization", laiwu))
			.andExpect(jsonPath("$.items[?(@.id == " + pid + ")]").isEmpty());
		String own = accounts.bearer(accounts.create(Role.INSTITUTION_USER, "211102", null, primary.id()));
		mvc.perform(get("/api/v1/practitioners?size=200").header("Authorization", own))
			.andExpect(jsonPath("$.items[?(@.institutionId != " + primary.id() + ")]").isEmpty())
			.andExpect(jsonPath("$.items[?(@.id == " + pid + ")]").isNotEmpty());
		String otherInstitution = accounts.bearer(accounts.create(Role.INSTITUTION_USER, "211103", null, second.id()));
		mvc.perform(get("/api/v1/practitioners/" + pid).header("Authorization", otherInstitution)).andExpect(status().isNotFound());
	}

	@Test
	void importsPractitionersAndRoundTripsTheExport() throws Exception {
		long n = RegistryFixtures.next();
		SubjectRecord primary = registration.register(RegistryFixtures.hospital("盘锦导入人员医院" + n, "211102"));
		SubjectRecord second = registration.register(RegistryFixtures.hospital("盘锦导入备案医院" + n, "211103"));
		String header = String.join(",", org.weijian.registry.practitioner.PractitionerImporter.LAYOUT);
		StringBuilder csv = new StringBuilder(header).append('\n');
		String[] ids = new String[3];
		for (int i = 0; i < 3; i++) {
			ids[i] = RegistryFixtures.idNumber("211102");
			csv.append(String.join(",", "导入人员" + n + i, ids[i], i == 0 ? "医师" : "NURSE", "", RegistryFixtures.certificate(), "临床", "",
					i == 2 ? "" : primary.uscc(), i == 2 ? primary.licenceRegNo() : "", i == 0 ? second.uscc() : "", "")).append('\n');
		}
		String bad = RegistryFixtures.idNumber("211102");
		String badRow = String.join(",", "坏人员" + n, bad.substring(0, 17) + (bad.charAt(17) == '1' ? '2' : '1'), "DENTIST", "", "X",
				"临床", "", "91000000000000000X", "", "", "");
		JsonNode problem = json.readTree(mvc.perform(multipart("/api/v1/practitioners/import")
			.file(new MockMultipartFile("file", "p.csv", "text/csv", (csv + badRow + "\n").getBytes(StandardCharsets.UTF_8)))
			.header("Authorization", leader)).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
		assertThat(problem.get("errors").valueStream().map(e -> e.get("row").asInt() + ":" + e.get("field").asString()))
			.contains("5:id_number", "5:profession", "5:practice_cert_no", "5:institution_uscc");
		mvc.perform(multipart("/api/v1/practitioners/import")
			.file(new MockMultipartFile("file", "p.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
			.header("Authorization", leader)).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(3));
		assertThat(jdbc.sql("SELECT count(*) FROM practitioner_filing f JOIN practitioner p ON p.id = f.practitioner_id WHERE p.name = ?")
			.param("导入人员" + n + "0").query(Long.class).single()).isEqualTo(1);

		byte[] exported = mvc.perform(get("/api/v1/practitioners/export?includePersonalData=true&format=xlsx&institution=" + primary.id())
			.header("Authorization", leader)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		JsonNode again = json.readTree(mvc.perform(multipart("/api/v1/practitioners/import?dryRun=true")
			.file(new MockMultipartFile("file", "again.xlsx", "application/octet-stream", exported))
			.header("Authorization", leader)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(again.get("rows").asInt()).isEqualTo(3);
		assertThat(again.get("errors").valueStream().map(e -> e.get("code").asString()).distinct())
			.containsExactlyInAnyOrder("error.practitioner.id-duplicate", "error.practitioner.certificate-duplicate");
	}

	@Test
	void institutionExportsRoundTripIntoADryRunWithOnlyDuplicates() throws Exception {
		long n = RegistryFixtures.next();
		registration.register(RegistryFixtures.hospital("盘锦往返医院" + n + "甲", "211104"));
		registration.register(RegistryFixtures.hospital("盘锦往返医院" + n + "乙", "211104"));
		for (String format : new String[] { "csv", "xlsx" }) {
			byte[] exported = mvc.perform(get("/api/v1/institutions/export?format=" + format + "&q=盘锦往返医院" + n).header("Authorization", leader))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			JsonNode report = json.readTree(mvc.perform(multipart("/api/v1/institutions/import?dryRun=true")
				.file(new MockMultipartFile("file", "back." + format, "application/octet-stream", exported))
				.header("Authorization", leader)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
			assertThat(report.get("rows").asInt()).isEqualTo(2);
			assertThat(report.get("errors").valueStream().map(e -> e.get("code").asString()).distinct())
				.containsExactlyInAnyOrder("error.subject.uscc-duplicate", "error.subject.licence-duplicate");
		}
		String laiwu = accounts.bearer(accounts.create(Role.INSPECTOR, "370116"));
		String none = mvc.perform(get("/api/v1/institutions/export?q=盘锦往返医院" + n).header("Authorization", laiwu))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(none).doesNotContain("盘锦往返医院");
	}

}
