package org.weijian.monitoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad rows in small crafted extracts: every kind of problem is reported at its physical line (a quoted name spanning
 * two lines shifts the lines after it) and refuses the run, or with the option is left out of the rules and listed.
 */
class BadRowsTest {

	private static final String VISIT_HEADER = "mdtrt_id,psn_no,gend,brdy,fixmedins_code,med_type,begntime,endtime,dscg_maindiag_code,medfee_sumamt";

	private static final String FEE_HEADER = "feedetl_sn,mdtrt_id,fee_ocur_time,hilist_code,hilist_name,list_type,cnt,pric,det_item_fee_sumamt,bilg_dr_code";

	private static final String KB_HEADER = "hilist_code,gend_lmt,age_min,age_max,dx_lmt,pric_uplmt,cnt_day_max,incl_by,item_class,atc,ddd_per_unit";

	/** Every problem, sorted by file and line; fee lines of a visit with a problem are only listed when skipping. */
	private static final List<String> SKIPPED = List.of(
			"fee_list_d.csv,4,cnt,bad number 'x'",
			"fee_list_d.csv,5,mdtrt_id,visit missing from mdtrt_d.csv 'V9'",
			"fee_list_d.csv,6,mdtrt_id,visit skipped (its row in mdtrt_d.csv has a problem) 'V2'",
			"fee_list_d.csv,7,feedetl_sn,duplicate id 'F1'",
			"fee_list_d.csv,8,list_type,unknown code '999'",
			"fee_list_d.csv,9,feedetl_sn,empty id",
			"fee_list_d.csv,10,fee_ocur_time,bad date/time '2025-13-01 00:00:00'",
			"hilist_kb.csv,3,gend_lmt,unknown code '3'",
			"hilist_kb.csv,4,hilist_code,duplicate id 'X1'",
			"hilist_kb.csv,5,age_min,bad whole number 'a'",
			"mdtrt_d.csv,3,brdy,bad date '1980-02-30'",
			"mdtrt_d.csv,4,mdtrt_id,duplicate id 'V1'",
			"mdtrt_d.csv,5,medfee_sumamt,bad number 'abc'",
			"mdtrt_d.csv,6,mdtrt_id,empty id",
			"mdtrt_d.csv,7,begntime,bad date/time 'x'");

	@TempDir
	Path dir;

	@Test
	void everyKindOfProblemRefusesTheRunWithFileLineAndColumn() throws Exception {
		ClaimsInputException refused = catchThrowableOfType(ClaimsInputException.class,
				() -> new ClaimsEngine(RuleBase.v1()).run(dataset(), false, (code, count) -> {
				}));

		List<String> expected = SKIPPED.stream()
			.filter(s -> !s.contains("visit skipped"))
			.map(s -> s.split(",", 4))
			.map(c -> c[0] + " line " + c[1] + " column " + c[2] + ": " + c[3])
			.toList();
		assertThat(refused.problems()).containsExactlyElementsOf(expected);
		assertThat(refused).hasMessageStartingWith("the extract has 14 problem(s), run refused:");
	}

	@Test
	void skippingLeavesEveryBadRowOutOfTheRulesAndListsIt() throws Exception {
		MonitoringResult result = new ClaimsEngine(RuleBase.v1()).run(dataset(), true, (code, count) -> {
		});

		assertThat(result.skipped()).extracting(s -> s.file() + "," + s.line() + "," + s.column() + "," + s.reason())
			.containsExactlyElementsOf(SKIPPED);
		// only the clean lines F1 and F7 are seen by the rules: F2, F3, F4 and F6 would also mismatch
		assertThat(result.hits()).extracting(ClaimHit::csv)
			.containsExactly("AMT_MISMATCH,V1,F1,H1,P1,5.00", "AMT_MISMATCH,V5,F7,H1,P5,5.00");
	}

	@Test
	void theCommandRefusesOrWritesTheSkippedRows() throws Exception {
		ClaimsDataset in = dataset();
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		PrintStream print = new PrintStream(console, true, StandardCharsets.UTF_8);
		String[] args = { "monitor", "--visits", in.visits().toString(), "--fees", in.fees().toString(), "--kb",
				in.knowledgeBase().toString(), "--out", dir.resolve("out").toString() };

		assertThat(MonitorCommand.run(args, print)).isEqualTo(1);
		assertThat(console.toString(StandardCharsets.UTF_8)).contains("FAILED: the extract has 14 problem(s)")
			.contains("fee_list_d.csv line 4 column cnt: bad number 'x'");
		assertThat(dir.resolve("out/skipped.csv")).doesNotExist();

		console.reset();
		String[] skipping = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--skip-bad-rows"))
			.toArray(String[]::new);
		assertThat(MonitorCommand.run(skipping, print)).as(console.toString(StandardCharsets.UTF_8)).isZero();
		List<String> skipped = Files.readAllLines(dir.resolve("out/skipped.csv"));
		assertThat(skipped.get(0)).isEqualTo("file,line,column,reason");
		assertThat(skipped).hasSize(SKIPPED.size() + 1).contains("fee_list_d.csv,4,cnt,bad number 'x'");
		String printed = console.toString(StandardCharsets.UTF_8);
		assertThat(printed).contains("[###############] 15/15 COST_OUTLIER").contains("AMT_MISMATCH").contains("elapsed")
			.contains("15 problem(s) in skipped rows");
		assertThat(Files.readAllLines(dir.resolve("out/hits.csv"))).hasSize(3);
	}

	@Test
	void structuralProblemsAreRefusedEvenWhenSkipping() throws Exception {
		ClaimsDataset in = dataset();
		Path noColumn = write("mdtrt_d_short.csv", "mdtrt_id,psn_no\nV1,P1\n");
		Path empty = write("empty.csv", "");
		ClaimsEngine engine = new ClaimsEngine(RuleBase.v1());

		assertThatThrownBy(() -> engine.run(new ClaimsDataset(noColumn, in.fees(), in.knowledgeBase(), null), true, (c, n) -> {
		})).isInstanceOf(ClaimsInputException.class).hasMessage("mdtrt_d_short.csv line 1: missing column gend");
		assertThatThrownBy(() -> engine.run(new ClaimsDataset(in.visits(), in.fees(), empty, null), true, (c, n) -> {
		})).isInstanceOf(ClaimsInputException.class).hasMessage("empty.csv line 1: no header row");
	}

	@Test
	void aGbkFileIsRefusedAtItsFirstUndecodableByteAndNamedAsGbk() throws Exception {
		ClaimsDataset in = dataset();
		Path gbk = dir.resolve("gbk.csv");
		Files.writeString(gbk, FEE_HEADER + "\nF1,V1,2025-04-01 08:10:00,X1,ab,101,1,2,2,D1\nF2,V1,2025-04-01 08:10:00,X1,一次性注射器,101,1,2,2,D1\n",
				Charset.forName("GBK"));
		Path binary = dir.resolve("binary.csv");
		Files.write(binary, (FEE_HEADER + "\nF1,V1,\u00e9").getBytes(StandardCharsets.ISO_8859_1));
		ClaimsEngine engine = new ClaimsEngine(RuleBase.v1());

		assertThatThrownBy(() -> engine.run(new ClaimsDataset(in.visits(), gbk, in.knowledgeBase(), null), true, (c, n) -> {
		})).isInstanceOf(ClaimsInputException.class)
			.hasMessage("gbk.csv line 3 column 31 (byte 187): not UTF-8; it looks like GBK: '一次性注射器,101,1,2,2,D1'; convert the file to UTF-8");
		assertThatThrownBy(() -> engine.run(new ClaimsDataset(in.visits(), binary, in.knowledgeBase(), null), true, (c, n) -> {
		})).isInstanceOf(ClaimsInputException.class)
			.hasMessage("binary.csv line 2 column 7 (byte 117): not UTF-8; convert the file to UTF-8");
	}

	@Test
	void recordsStartAtTheirPhysicalLineAfterQuotedLineBreaksAndBlankLines() throws Exception {
		Path file = write("lines.csv", "a,b\r\n1,\"x\r\ny\r\nz\"\r\n\r\n2,y\r\n3,\"\"\"q\"\"\n\"\n4,w");
		ExtractScan scan = ExtractScan.of(file);

		assertThat(ExtractScan.header(file)).isEqualTo("a,b");
		assertThat(scan.records()).isEqualTo(4);
		assertThat(List.of(scan.lineOf(0), scan.lineOf(1), scan.lineOf(2), scan.lineOf(3))).containsExactly(2L, 6L, 7L, 9L);
	}

	private ClaimsDataset dataset() throws Exception {
		Path visits = write("mdtrt_d.csv", String.join("\n", VISIT_HEADER,
				"V1,P1,1,1980-02-01,H1,11,2025-04-01 08:00:00,2025-04-01 09:00:00,J18.900,10.00",
				"V2,P2,1,1980-02-30,H1,11,2025-04-01 08:00:00,2025-04-01 09:00:00,J18.900,10.00",
				"V1,P1,1,1980-02-01,H1,11,2025-04-02 08:00:00,2025-04-02 09:00:00,J18.900,10.00",
				"V3,P3,1,1980-02-01,H1,11,2025-04-01 08:00:00,2025-04-01 09:00:00,J18.900,abc",
				",P6,1,1980-02-01,H1,11,2025-04-01 08:00:00,2025-04-01 09:00:00,J18.900,10.00",
				"V4,P4,1,1980-02-01,H1,11,x,2025-04-01 09:00:00,J18.900,10.00",
				"V5,P5,2,1990-03-01,H1,11,2025-04-01 08:00:00,2025-04-01 09:00:00,J18.900,10.00", ""));
		Path fees = write("fee_list_d.csv", String.join("\n", FEE_HEADER,
				"F1,V1,2025-04-01 08:10:00,X1,\"two-line\nname\",101,1,2.00,5.00,D1",
				"F2,V1,2025-04-01 08:11:00,X1,a,101,x,2.00,5.00,D1",
				"F3,V9,2025-04-01 08:10:00,X1,a,101,1,2.00,5.00,D1",
				"F4,V2,2025-04-01 08:10:00,X1,a,101,1,2.00,5.00,D1",
				"F1,V5,2025-04-01 08:10:00,X1,a,101,1,2.00,5.00,D1",
				"F5,V5,2025-04-01 08:10:00,X1,a,999,1,2.00,5.00,D1",
				",V5,2025-04-01 08:10:00,X1,a,101,1,2.00,5.00,D1",
				"F6,V5,2025-13-01 00:00:00,X1,a,101,1,2.00,5.00,D1",
				"F7,V5,2025-04-01 08:12:00,X2,a,101,1,2.00,5.00,D1", ""));
		Path kb = write("hilist_kb.csv", String.join("\n", KB_HEADER, "X1,,,,,,,,DRUG,,", "X2,3,,,,,,,DRUG,,", "X1,,,,,,,,DRUG,,",
				"X3,,a,,,,,,DRUG,,", ""));
		return new ClaimsDataset(visits, fees, kb, null);
	}

	private Path write(String name, String text) throws Exception {
		return Files.writeString(dir.resolve(name), text);
	}

}
