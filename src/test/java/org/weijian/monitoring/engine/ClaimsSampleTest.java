package org.weijian.monitoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The labelled claims sample (src/test/resources/claims-sample, a copy of shared/data/claims-sample) must come out
 * exactly: hits as a set with amounts compared as decimals, warnings matched on rule, institution, period and drug with
 * value and threshold within 0.01.
 */
class ClaimsSampleTest {

	private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

	private static final List<String> RULES = List.of("GEND_LMT", "AGE_LMT", "DX_LMT", "PRIC_UPLMT", "CNT_DAY", "DUP_LINE",
			"INCL_ITEM", "AMT_MISMATCH", "BED_DAYS", "SPLIT_ADM", "BED_BLOCK", "FREQ_VISIT", "AUD", "DRUG_SURGE", "COST_OUTLIER");

	@Test
	void engineReproducesTheExpectedHitsAndWarnings() throws Exception {
		MonitoringResult result = new ClaimsEngine(RuleBase.v1()).run(dataset(), (code, count) -> {
		});

		assertThat(result.countsByRule()).containsOnlyKeys(RULES);
		assertHits(result.hits().stream().map(ClaimHit::csv).toList());
		assertWarnings(result.warnings().stream().map(InstitutionWarning::csv).toList());
	}

	@Test
	void commandWritesBothFilesWithHeadersSortedAndExact(@TempDir Path out) throws Exception {
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		ClaimsDataset in = dataset();
		int exit = MonitorCommand.run(new String[] { "monitor", "--visits", in.visits().toString(), "--fees",
				in.fees().toString(), "--kb", in.knowledgeBase().toString(), "--peers", String.valueOf(in.peers()), "--out",
				out.toString() }, new PrintStream(console, true, StandardCharsets.UTF_8));

		String printed = console.toString(StandardCharsets.UTF_8);
		assertThat(exit).as(printed).isZero();
		RULES.forEach(rule -> assertThat(printed).contains(rule));
		List<String> hits = Files.readAllLines(out.resolve("hits.csv"));
		List<String> warnings = Files.readAllLines(out.resolve("warnings.csv"));
		assertThat(hits.get(0)).isEqualTo("rule_code,mdtrt_id,feedetl_sn,fixmedins_code,psn_no,amount");
		assertThat(warnings.get(0)).isEqualTo("rule_code,fixmedins_code,period,hilist_code,value,threshold");
		assertThat(hits.subList(1, hits.size())).isSorted();
		assertThat(warnings.subList(1, warnings.size())).isSorted();
		assertHits(hits.subList(1, hits.size()));
		assertWarnings(warnings.subList(1, warnings.size()));
	}

	@Test
	void commandRefusesBadUsageAndMissingColumns(@TempDir Path out) throws Exception {
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		PrintStream print = new PrintStream(console, true, StandardCharsets.UTF_8);
		assertThat(MonitorCommand.run(new String[] { "monitor", "--visits", "v.csv" }, print)).isEqualTo(2);

		Path visits = out.resolve("mdtrt_d.csv");
		Files.writeString(visits, "mdtrt_id,psn_no\n1,2\n");
		ClaimsDataset in = dataset();
		int exit = MonitorCommand.run(new String[] { "monitor", "--visits", visits.toString(), "--fees", in.fees().toString(),
				"--kb", in.knowledgeBase().toString(), "--out", out.resolve("o").toString() }, print);
		assertThat(exit).isEqualTo(1);
		assertThat(console.toString(StandardCharsets.UTF_8)).contains("mdtrt_d.csv line 1: missing column gend");
	}

	@Test
	void commandOutputIsByteIdenticalToTheAnswerFiles(@TempDir Path out) throws Exception {
		ClaimsDataset in = dataset();
		int exit = MonitorCommand.run(new String[] { "monitor", "--visits", in.visits().toString(), "--fees",
				in.fees().toString(), "--kb", in.knowledgeBase().toString(), "--peers", String.valueOf(in.peers()), "--out",
				out.toString() }, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

		assertThat(exit).isZero();
		Path dir = in.visits().getParent();
		assertThat(Files.readAllLines(out.resolve("hits.csv"))).isEqualTo(Files.readAllLines(dir.resolve("expected_hits.csv")));
		assertThat(Files.readAllLines(out.resolve("warnings.csv")))
			.isEqualTo(Files.readAllLines(dir.resolve("expected_warnings.csv")));
	}

	@Test
	void pipeSeparatedExtractsGiveTheSameAnswer(@TempDir Path dir) throws Exception {
		ClaimsDataset in = dataset();
		Path visits = dir.resolve("mdtrt_d.txt");
		Files.write(visits, Files.readAllLines(in.visits()).stream().map(l -> l.replace(',', '|')).toList());
		Path kb = dir.resolve("hilist_kb.txt");
		Files.write(kb, Files.readAllLines(in.knowledgeBase()).stream().map(l -> l.replace(',', '|')).toList());

		MonitoringResult result = new ClaimsEngine(RuleBase.v1())
			.run(new ClaimsDataset(visits, in.fees(), kb, in.peers()), (code, count) -> {
			});

		assertHits(result.hits().stream().map(ClaimHit::csv).toList());
		assertWarnings(result.warnings().stream().map(InstitutionWarning::csv).toList());
	}

	@Test
	void badRowsAreReportedWithFileLineAndColumnAndTheRunIsRefused(@TempDir Path dir) throws Exception {
		Path visits = dir.resolve("mdtrt_d.csv");
		Files.writeString(visits, String.join("\n", "mdtrt_id,psn_no,gend,brdy,fixmedins_code,med_type,begntime,endtime,dscg_maindiag_code,medfee_sumamt",
				"V1,P1,1,1980-02-30,H1,11,2025-04-01 08:00:00,2025-04-01 09:00:00,J18.900,10.00",
				"V1,P1,1,1980-02-01,H1,11,2025-04-01 08:00:00,2025-04-01 09:00:00,J18.900,abc", ""));
		Path fees = dir.resolve("fee_list_d.csv");
		Files.writeString(fees, String.join("\n", "feedetl_sn,mdtrt_id,fee_ocur_time,hilist_code,hilist_name,list_type,cnt,pric,det_item_fee_sumamt,bilg_dr_code",
				"F1,V1,2025-04-01 08:10:00,X1,\"a, \"\"b\"\"\",101,1,2.0000,2.00,D1",
				"F2,V9,2025-04-01 08:10:00,X1,a,999,1,2.0000,2.00,D1", ""));
		Path kb = dir.resolve("hilist_kb.csv");
		Files.writeString(kb, "hilist_code,gend_lmt,age_min,age_max,dx_lmt,pric_uplmt,cnt_day_max,incl_by,item_class,atc,ddd_per_unit\n"
				+ "X1,3,,,,,,,DRUG,,\n");

		ClaimsEngine engine = new ClaimsEngine(RuleBase.v1());
		ClaimsDataset bad = new ClaimsDataset(visits, fees, kb, null);
		assertThatThrownBy(() -> engine.run(bad, (code, count) -> {
		})).isInstanceOf(ClaimsInputException.class)
			.hasMessageContaining("mdtrt_d.csv line 2 column brdy: bad date '1980-02-30'")
			.hasMessageContaining("mdtrt_d.csv line 3 column mdtrt_id: duplicate id 'V1'")
			.hasMessageContaining("mdtrt_d.csv line 3 column medfee_sumamt: bad number 'abc'")
			.hasMessageContaining("fee_list_d.csv line 3 column list_type: unknown code '999'")
			.hasMessageContaining("fee_list_d.csv line 3 column mdtrt_id: visit missing from mdtrt_d.csv 'V9'")
			.hasMessageContaining("hilist_kb.csv line 2 column gend_lmt: unknown code '3'")
			.hasMessageNotContaining("line 2 column hilist_name");
	}

	@Test
	void gbkFilesAndBadHeadersAreRefused(@TempDir Path dir) throws Exception {
		ClaimsDataset in = dataset();
		Path gbk = dir.resolve("fee_list_d.csv");
		Files.writeString(gbk, Files.readString(in.fees()), java.nio.charset.Charset.forName("GBK"));
		ClaimsEngine engine = new ClaimsEngine(RuleBase.v1());
		assertThatThrownBy(() -> engine.run(new ClaimsDataset(in.visits(), gbk, in.knowledgeBase(), null), (c, n) -> {
		})).isInstanceOf(ClaimsInputException.class).hasMessageContaining("fee_list_d.csv line 2 column 81 (byte 193): not UTF-8; it looks like GBK: '一次性使用输液器(带针),301,1,2.5000,2.50…'");

		Path peers = dir.resolve("peers.csv");
		Files.writeString(peers, "fixmedins_code,peer_group,peer_group\nH1,A,A\n");
		assertThatThrownBy(() -> engine.run(new ClaimsDataset(in.visits(), in.fees(), in.knowledgeBase(), peers), (c, n) -> {
		})).isInstanceOf(ClaimsInputException.class).hasMessageContaining("peers.csv line 1 column 3: bad or repeated column name");
	}

	private static ClaimsDataset dataset() throws URISyntaxException {
		Path dir = Path.of(ClaimsSampleTest.class.getResource("/claims-sample/mdtrt_d.csv").toURI()).getParent();
		return new ClaimsDataset(dir.resolve("mdtrt_d.csv"), dir.resolve("fee_list_d.csv"), dir.resolve("hilist_kb.csv"),
				dir.resolve("peers.csv"));
	}

	private static List<String> expected(String name) throws IOException, URISyntaxException {
		List<String> lines = Files.readAllLines(Path.of(ClaimsSampleTest.class.getResource("/claims-sample/" + name).toURI()));
		return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
	}

	/** A hit row with its amount normalised so that 12.5 = 12.50. */
	private static String hitKey(String row) {
		String[] c = row.split(",", -1);
		c[5] = new BigDecimal(c[5]).stripTrailingZeros().toPlainString();
		return String.join(",", c);
	}

	private static void assertHits(List<String> actualRows) throws Exception {
		Set<String> expected = expected("expected_hits.csv").stream().map(ClaimsSampleTest::hitKey).collect(Collectors.toSet());
		Set<String> actual = actualRows.stream().map(ClaimsSampleTest::hitKey).collect(Collectors.toSet());
		assertThat(actual).as("duplicate hit rows").hasSameSizeAs(actualRows);
		assertThat(differences(expected, actual)).as("hits per rule").isEmpty();
	}

	private static void assertWarnings(List<String> actualRows) throws Exception {
		Map<String, String[]> expected = byKey(expected("expected_warnings.csv"));
		Map<String, String[]> actual = byKey(actualRows);
		assertThat(actual).as("duplicate warning rows").hasSameSizeAs(actualRows);
		Set<String> bad = new TreeSet<>(differences(expected.keySet(), actual.keySet()));
		expected.forEach((key, e) -> {
			String[] a = actual.get(key);
			if (a != null && (!close(e[4], a[4]) || !close(e[5], a[5]))) {
				bad.add(e[0] + ": value/threshold " + a[4] + "/" + a[5] + " expected " + e[4] + "/" + e[5] + " for " + key);
			}
		});
		assertThat(bad).as("warnings per rule").isEmpty();
	}

	private static Map<String, String[]> byKey(List<String> rows) {
		Map<String, String[]> map = new TreeMap<>();
		rows.forEach(r -> {
			String[] c = r.split(",", -1);
			map.put(String.join(",", c[0], c[1], c[2], c[3]), c);
		});
		return map;
	}

	private static boolean close(String a, String b) {
		return new BigDecimal(a).subtract(new BigDecimal(b)).abs().compareTo(TOLERANCE) <= 0;
	}

	/** Per rule: the rows missing from the actual set and the extra rows in it. */
	private static Set<String> differences(Set<String> expected, Set<String> actual) {
		Set<String> out = new TreeSet<>();
		expected.stream().filter(r -> !actual.contains(r)).forEach(r -> out.add(r.split(",")[0] + ": missing " + r));
		actual.stream().filter(r -> !expected.contains(r)).forEach(r -> out.add(r.split(",")[0] + ": extra " + r));
		return out;
	}

}
