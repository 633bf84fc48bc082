package org.weijian.monitoring.engine;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The monitoring command ({@code java -jar weijian.jar monitor --visits V --fees F --kb K [--peers P] --out DIR
 * [--skip-bad-rows]}): runs the rule base over the extract files and writes {@code DIR/hits.csv},
 * {@code DIR/warnings.csv} and, when bad rows are skipped, {@code DIR/skipped.csv}; prints each phase, a progress bar
 * as the rules finish and a summary per rule with the elapsed time. Runs before and without Spring. Exit code 0 on
 * success, 1 when the input cannot be monitored, 2 on bad usage. The database's limits come from the system properties
 * of {@link EngineSettings#fromSystemProperties()}.
 */
public final class MonitorCommand {

	public static final String COMMAND = "monitor";

	static final String SKIP = "--skip-bad-rows";

	private static final List<String> VALUED = List.of("--visits", "--fees", "--kb", "--peers", "--out");

	private static final String USAGE = String.join(System.lineSeparator(),
			"usage: java -jar weijian.jar monitor --visits V --fees F --kb K [--peers P] --out DIR [--skip-bad-rows]",
			"  V, F, K, P   mdtrt_d, fee_list_d, hilist_kb and peers extracts (UTF-8 CSV with a header row, ',' or '|')",
			"  DIR          receives hits.csv, warnings.csv (and skipped.csv with --skip-bad-rows)",
			"  --skip-bad-rows  leave rows with problems out and list them instead of refusing the run",
			"  limits: -Dweijian.monitoring.memory-limit=4GB -Dweijian.monitoring.threads=N -Dweijian.monitoring.temp-dir=D");

	private static final int BAR = 15;

	private MonitorCommand() {
	}

	public static int run(String[] args, PrintStream out) {
		Map<String, String> options = new HashMap<>();
		boolean skip = false;
		for (int i = args.length > 0 && args[0].equals(COMMAND) ? 1 : 0; i < args.length; i++) {
			if (args[i].equals(SKIP) && !skip) {
				skip = true;
			}
			else if (!VALUED.contains(args[i]) || i + 1 >= args.length || options.put(args[i], args[++i]) != null) {
				out.println(USAGE);
				return 2;
			}
		}
		if (!options.keySet().containsAll(List.of("--visits", "--fees", "--kb", "--out"))) {
			out.println(USAGE);
			return 2;
		}
		String peers = options.get("--peers");
		ClaimsDataset dataset = new ClaimsDataset(Path.of(options.get("--visits")), Path.of(options.get("--fees")),
				Path.of(options.get("--kb")), peers == null ? null : Path.of(peers));
		Path dir = Path.of(options.get("--out"));
		RuleBase ruleBase = RuleBase.v1();
		long start = System.nanoTime();
		long[] rulesStart = { 0 };
		int total = ClaimRules.all(new DuckDbDialect()).size();
		List<String> done = new ArrayList<>();
		MonitoringResult result;
		try {
			out.println("rule base " + ruleBase.version() + (skip ? ", skipping bad rows" : ""));
			result = new ClaimsEngine(ruleBase).run(dataset, skip, (code, count) -> {
				done.add(code);
				int filled = done.size() * BAR / total;
				out.printf("[%s%s] %2d/%d %-13s %8d  %6.1f s%n", "#".repeat(filled), ".".repeat(BAR - filled), done.size(), total,
						code, count, seconds(start));
			}, phase -> {
				if (phase.startsWith("running")) {
					rulesStart[0] = System.nanoTime();
				}
				out.printf("%6.1f s  %s%n", seconds(start), phase);
			});
			Files.createDirectories(dir);
			List<String> hits = new ArrayList<>(List.of(ClaimHit.HEADER));
			result.hits().forEach(h -> hits.add(h.csv()));
			List<String> warnings = new ArrayList<>(List.of(InstitutionWarning.HEADER));
			result.warnings().forEach(w -> warnings.add(w.csv()));
			Files.write(dir.resolve("hits.csv"), hits, StandardCharsets.UTF_8);
			Files.write(dir.resolve("warnings.csv"), warnings, StandardCharsets.UTF_8);
			if (skip) {
				List<String> skipped = new ArrayList<>(List.of("file,line,column,reason"));
				result.skipped().forEach(s -> skipped.add(String.join(",", csv(s.file()), String.valueOf(s.line()), csv(s.column()),
						csv(s.reason()))));
				Files.write(dir.resolve("skipped.csv"), skipped, StandardCharsets.UTF_8);
			}
		}
		catch (ClaimsInputException | IOException ex) {
			out.println("FAILED: " + ex.getMessage());
			return 1;
		}
		summary(out, result);
		out.printf("elapsed %.1f s (loading and checks %.1f s, rules %.1f s)%n", seconds(start),
				(rulesStart[0] - start) / 1e9, (System.nanoTime() - rulesStart[0]) / 1e9);
		if (skip) {
			out.println(result.skipped().size() + " problem(s) in skipped rows, listed in " + dir.resolve("skipped.csv"));
		}
		out.println("OK " + result.hits().size() + " hit(s), " + result.warnings().size() + " warning(s) written to " + dir);
		return 0;
	}

	private static void summary(PrintStream out, MonitoringResult result) {
		Map<String, BigDecimal> amounts = new HashMap<>();
		result.hits().forEach(h -> amounts.merge(h.ruleCode(), h.amount(), BigDecimal::add));
		List<String> warningRules = ClaimRules.all(new DuckDbDialect()).stream()
			.filter(r -> r.level() == ClaimRule.Level.WARNING)
			.map(ClaimRule::code)
			.toList();
		out.printf("%-13s %10s %16s%n", "rule", "rows", "amount (yuan)");
		BigDecimal sum = BigDecimal.ZERO;
		for (Map.Entry<String, Integer> e : result.countsByRule().entrySet()) {
			BigDecimal amount = amounts.get(e.getKey());
			sum = amount == null ? sum : sum.add(amount);
			boolean warning = warningRules.contains(e.getKey());
			out.printf("%-13s %10d %16s%s%n", e.getKey(), e.getValue(), amount == null ? "" : Decimals.plain(amount, 2),
					warning ? "  (warnings)" : "");
		}
		out.printf("%-13s %10d %16s%n", "hits", result.hits().size(), Decimals.plain(sum, 2));
		out.printf("%-13s %10d%n", "warnings", result.warnings().size());
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private static String csv(String value) {
		return value.contains(",") || value.contains("\"") || value.contains("\n")
				? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

}
