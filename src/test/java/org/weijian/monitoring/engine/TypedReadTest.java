package org.weijian.monitoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path of ADR 0040: a clean extract is read once straight into typed tables and gives exactly what the checking
 * load gives; anything wrong sends it to the checking load, which locates the problem.
 */
class TypedReadTest {

	@TempDir
	Path dir;

	@Test
	void aCleanExtractIsReadTypedAndGivesWhatTheCheckingLoadGives() throws Exception {
		ClaimsDataset sample = sample();
		List<String> phases = new ArrayList<>();
		MonitoringResult typed = new ClaimsEngine(RuleBase.v1(), EngineSettings.fromSystemProperties(), true).run(sample, false,
				(code, count) -> {
				}, phases::add);
		MonitoringResult checked = new ClaimsEngine(RuleBase.v1(), EngineSettings.fromSystemProperties(), false).run(sample,
				false, (code, count) -> {
				});

		assertThat(phases).anyMatch(p -> p.contains("typed")).noneMatch(p -> p.contains("not clean"));
		assertThat(typed.hits()).isNotEmpty().isEqualTo(checked.hits());
		assertThat(typed.warnings()).isNotEmpty().isEqualTo(checked.warnings());
		assertThat(typed.countsByRule()).isEqualTo(checked.countsByRule());
	}

	@Test
	void oddButValidValuesReadTheSameInBothLoads() throws Exception {
		ClaimsDataset sample = sample();
		Path fees = dir.resolve("fee_list_d.csv");
		List<String> lines = new ArrayList<>(Files.readAllLines(sample.fees()));
		for (int i = 1; i < 40; i++) {
			String[] fields = lines.get(i).split(",", -1);
			if (fields.length != 10) {
				continue; // a name with a comma
			}
			fields[6] = i % 2 == 0 ? "+" + fields[6] : fields[6] + ".0";
			fields[7] = i % 3 == 0 ? "0" + fields[7] : fields[7];
			fields[8] = i % 4 == 0 ? " " + fields[8] + " " : fields[8];
			fields[2] = i % 5 == 0 ? fields[2].replace(' ', 'T') : fields[2];
			lines.set(i, String.join(",", fields));
		}
		Files.write(fees, lines);
		ClaimsDataset odd = new ClaimsDataset(sample.visits(), fees, sample.knowledgeBase(), sample.peers());
		List<String> phases = new ArrayList<>();

		MonitoringResult typed = new ClaimsEngine(RuleBase.v1(), EngineSettings.fromSystemProperties(), true).run(odd, false,
				(code, count) -> {
				}, phases::add);
		MonitoringResult checked = new ClaimsEngine(RuleBase.v1(), EngineSettings.fromSystemProperties(), false).run(odd, false,
				(code, count) -> {
				});

		assertThat(phases).noneMatch(p -> p.contains("not clean"));
		assertThat(typed.hits()).isEqualTo(checked.hits());
		assertThat(typed.warnings()).isEqualTo(checked.warnings());
	}

	@Test
	void aValueThatDoesNotConvertSendsTheExtractToTheCheckingLoad() throws Exception {
		ClaimsDataset sample = sample();
		Path fees = dir.resolve("fee_list_d.csv");
		List<String> lines = new ArrayList<>(Files.readAllLines(sample.fees()));
		String[] fields = lines.get(3).split(",", -1);
		fields[6] = "1..5";
		lines.set(3, String.join(",", fields));
		Files.write(fees, lines);
		List<String> phases = new ArrayList<>();

		assertThatThrownBy(() -> new ClaimsEngine(RuleBase.v1()).run(new ClaimsDataset(sample.visits(), fees, sample.knowledgeBase(),
				sample.peers()), false, (code, count) -> {
				}, phases::add))
			.isInstanceOf(ClaimsInputException.class)
			.hasMessageContaining("fee_list_d.csv line 4 column cnt: bad number '1..5'");
		assertThat(phases).anyMatch(p -> p.contains("not clean"));
	}

	@Test
	void theCheapPassTellsUtf8AndUniqueIds() throws Exception {
		Path unique = write("unique.csv", "x,id,name\n1,A1,\"a,\nb\"\n2,\"A2\",普通\r\n3,A12,c\n");
		Path twice = write("twice.csv", "x,id\r\n1,A1\r\n2,\"A1\"\r\n");
		Path gbk = dir.resolve("gbk.csv");
		Files.write(gbk, "x,id\n1,一次性注射器\n".getBytes(Charset.forName("GBK")));

		assertThat(ExtractScan.utf8WithUniqueIds(unique, ',', 1)).isTrue();
		assertThat(ExtractScan.utf8WithUniqueIds(twice, ',', 1)).isFalse();
		assertThat(ExtractScan.utf8WithUniqueIds(twice, ',', 0)).isTrue();
		assertThat(ExtractScan.utf8WithUniqueIds(twice, ',', -1)).isTrue();
		assertThat(ExtractScan.utf8WithUniqueIds(gbk, ',', -1)).isFalse();
	}

	private Path write(String name, String text) throws Exception {
		return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
	}

	private static ClaimsDataset sample() throws Exception {
		Path sample = Path.of(TypedReadTest.class.getResource("/claims-sample/mdtrt_d.csv").toURI()).getParent();
		return new ClaimsDataset(sample.resolve("mdtrt_d.csv"), sample.resolve("fee_list_d.csv"), sample.resolve("hilist_kb.csv"),
				sample.resolve("peers.csv"));
	}

}
