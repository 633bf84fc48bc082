package org.weijian.inspection.draw;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DrawRecordJsonTest {

	@Test
	void writesTheIssueShapeInAFixedFieldOrderAndReadsItBack() {
		for (DrawInput input : List.of(DrawSamples.tiny(), DrawSamples.byTier(), DrawSamples.joint())) {
			DrawRecord record = DrawEngine.run(input);
			byte[] json = record.toJson();
			assertThat(DrawRecord.fromJson(json)).isEqualTo(record);
			assertThat(DrawRecord.fromJson(json).toJson()).isEqualTo(json);
			String text = new String(json, StandardCharsets.UTF_8);
			List<String> fields = List.of("\"id\"", "\"algorithm\"", "\"plan\"", "\"sources\"", "\"key\"", "\"pool_digest\"",
					"\"inspector_pool_digest\"", "\"inspector_pool\"", "\"strata\"", "\"tasks\"");
			for (int i = 1; i < fields.size(); i++) {
				assertThat(text.indexOf("\n" + fields.get(i) + ": ")).as(fields.get(i)).isGreaterThan(text.indexOf(fields.get(i - 1)));
			}
			assertThat(text).contains("\"algorithm\": \"weijian-draw/1\"").doesNotContainPattern("\\d\\.\\d+[,}\\]]");
		}
		String byTier = new String(DrawEngine.run(DrawSamples.byTier()).toJson(), StandardCharsets.UTF_8);
		assertThat(byTier).contains("{\"tier\": \"A\", \"ratio\": \"0.05\", \"candidates\": [\"1\", \"10\", \"11\", \"12\", \"2\"")
			.contains("\"status\": \"UNSTAFFED\", \"reason\": \"eligible 0 < required 2\"}")
			.contains("\"status\": \"STAFFED\", \"reason\": null}")
			.contains("\"title\": \"盘锦市2026年医疗机构“双随机”抽查\"");
	}

	@Test
	void escapesStringsSoThatAnyJsonReaderAgrees() {
		StringBuilder out = new StringBuilder();
		DrawRecordJson.string(out, "a\"b\\c\nd\u0001e\u2028f𝒳");
		assertThat(out).hasToString("\"a\\\"b\\\\c\\nd\\u0001e\\u2028f𝒳\"");
	}

	@Test
	void readingIsStrictAboutTypesFieldsAndNumbers() {
		String json = new String(DrawEngine.run(DrawSamples.tiny()).toJson(), StandardCharsets.UTF_8);
		assertRefused(json.replace("\"k\": 3", "\"k\": 3.0"), "strata[0].k", "floating-point");
		assertRefused(json.replace("\"k\": 3", "\"k\": \"3\""), "strata[0].k", "expected an integer");
		assertRefused(json.replace("\"values\": [9319]", "\"values\": [9319.5]"), "sources[0].values[0]", "non-negative integer");
		assertRefused(json.replace("\"values\": [9319]", "\"values\": [-1]"), "sources[0].values[0]", "non-negative integer");
		assertRefused(json.replace("\"title\": \"worked example\"", "\"title\": 0.5"), "plan.title", "floating-point");
		assertRefused(json.replace("\"key\": \"9319", "\"extra\": 1, \"key\": \"9319"), "extra", "unknown field");
		assertRefused(json.replace("\"count\": 2, ", ""), "tasks[0].draws[0].count", "missing");
		assertRefused(json.replace("\"chosen\": [\"30\", \"31\"]", "\"chosen\": [\"30\", 31]"), "tasks[0].draws[0].chosen[1]", "expected a string");
		assertRefused(json.replace("\"id\": \"tiny\"", "\"id\": \"tiny\", \"id\": \"other\""), "$", "Duplicate");
		assertRefused(json.substring(0, json.length() - 5), "$", "not valid JSON");
		assertRefused("[]", "$", "a JSON object");
	}

	private static void assertRefused(String json, String path, String message) {
		assertThatThrownBy(() -> DrawRecord.fromJson(json.getBytes(StandardCharsets.UTF_8))).isInstanceOf(DrawRecordJson.FormatException.class)
			.hasMessageStartingWith(path + ": ")
			.hasMessageContaining(message);
	}

}
