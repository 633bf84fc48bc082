package org.weijian.monitoring.engine;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The monitoring command ({@code java -jar weijian.jar monitor --visits V --fees F --kb K [--peers P] --out DIR}):
 * runs the rule base over the extract files and writes {@code DIR/hits.csv} and {@code DIR/warnings.csv}, printing a
 * line per rule as it finishes and a summary. Runs before and without Spring. Exit code 0 on success, 1 when the input
 * cannot be monitored, 2 on bad usage.
 */
public final class MonitorCommand {

	public static final String COMMAND = "monitor";

	private static final String USAGE = "usage: java -jar weijian.jar monitor --visits V --fees F --kb K [--peers P] --out DIR";

	private MonitorCommand() {
	}

	public static int run(String[] args, PrintStream out) {
		int first = args.length > 0 && args[0].equals(COMMAND) ? 1 : 0;
		Map<String, String> options = new HashMap<>();
		for (int i = first; i < args.length; i += 2) {
			if (!List.of("--visits", "--fees", "--kb", "--peers", "--out").contains(args[i]) || i + 1 >= args.length
					|| options.put(args[i], args[i + 1]) != null) {
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
		RuleBase ruleBase = RuleBase.v1();
		List<String> ruleCodes = new ArrayList<>();
		MonitoringResult result;
		try {
			out.println("rule base " + ruleBase.version());
			result = new ClaimsEngine(ruleBase).run(dataset, (code, count) -> {
				ruleCodes.add(code);
				out.printf("[%2d/15] %-13s %6d%n", ruleCodes.size(), code, count);
			});
			Path dir = Path.of(options.get("--out"));
			Files.createDirectories(dir);
			List<String> hits = new ArrayList<>(List.of(ClaimHit.HEADER));
			result.hits().forEach(h -> hits.add(h.csv()));
			List<String> warnings = new ArrayList<>(List.of(InstitutionWarning.HEADER));
			result.warnings().forEach(w -> warnings.add(w.csv()));
			Files.write(dir.resolve("hits.csv"), hits, StandardCharsets.UTF_8);
			Files.write(dir.resolve("warnings.csv"), warnings, StandardCharsets.UTF_8);
		}
		catch (ClaimsInputException | IOException ex) {
			out.println("FAILED: " + ex.getMessage());
			return 1;
		}
		out.println("OK " + result.hits().size() + " hit(s), " + result.warnings().size() + " warning(s) written to "
				+ options.get("--out"));
		return 0;
	}

}
