import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.weijian.inspection.draw.DrawEngine;
import org.weijian.inspection.draw.DrawInput;
import org.weijian.inspection.draw.DrawRecord;
import org.weijian.inspection.draw.DrawVerifier;
import org.weijian.inspection.draw.EntropySource;
import org.weijian.inspection.draw.PoolInspector;
import org.weijian.inspection.draw.PoolObject;
import org.weijian.inspection.draw.Recusal;
import org.weijian.inspection.draw.VerificationReport;

/**
 * The draw benchmark of issue 4 (run by bench/draw/run.sh with the project's classpath):
 * 1,000,000 objects in 4 tiers whose ratios select 50,000 in total, 5,000 inspectors over 100
 * districts, 10 cities and the province with 3–6 of 12 specialties each, 20,000 recusal pairs,
 * 2 inspectors per task, cap 40. Times DrawEngine.run (draw + assign), the record's JSON, and
 * DrawVerifier.verify on the JSON bytes (wall clock, and the main thread's CPU time since machines here are shared); writes the record to the given file for the Node verifier.
 * Usage: java -cp CLASSPATH bench/draw/DrawBench.java [record.json] [rounds]
 */
public class DrawBench {

	static final String[] CATEGORIES = { "A01", "A02", "A03", "B01", "B02", "C01", "C02", "D01", "E01", "F01", "G01", "H01" };

	public static void main(String[] args) throws Exception {
		Path out = Path.of(args.length > 0 ? args[0] : "target/bench/draw-record.json");
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		Files.createDirectories(out.toAbsolutePath().getParent());
		long t0 = System.nanoTime();
		DrawInput input = input(new Random(20261202));
		System.out.printf("draw bench: input built in %.2f s: %,d objects, %,d inspectors, %,d recusals%n", (System.nanoTime() - t0) / 1e9,
				input.objects().size(), input.inspectors().size(), input.recusals().size());
		byte[] json = null;
		for (int round = 1; round <= rounds; round++) {
			var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
			System.gc();
			long start = System.nanoTime();
			long cpuStart = cpu.getCurrentThreadCpuTime();
			DrawRecord record = DrawEngine.run(input);
			long drawn = System.nanoTime();
			long cpuDrawn = cpu.getCurrentThreadCpuTime();
			json = record.toJson();
			long written = System.nanoTime();
			long cpuWritten = cpu.getCurrentThreadCpuTime();
			VerificationReport report = DrawVerifier.verify(json);
			long verified = System.nanoTime();
			long cpuVerified = cpu.getCurrentThreadCpuTime();
			long staffed = record.tasks().stream().filter(DrawRecord.Task::staffed).count();
			int selected = record.strata().stream().mapToInt(s -> s.selected().size()).sum();
			System.out.printf("draw bench round %d: draw+assign %.2f s (cpu %.2f), JSON %.2f s (cpu %.2f), verify %.2f s (cpu %.2f) %s; record %,d bytes, %,d selected, %,d tasks staffed, %,d unstaffed; load %s%n",
					round, (drawn - start) / 1e9, (cpuDrawn - cpuStart) / 1e9, (written - drawn) / 1e9, (cpuWritten - cpuDrawn) / 1e9, (verified - written) / 1e9,
					(cpuVerified - cpuWritten) / 1e9, report.ok() ? "OK" : report.differences().size() + " differences", json.length, selected, staffed,
					record.tasks().size() - staffed, Files.readString(Path.of("/proc/loadavg")).trim());
			if (!report.ok()) {
				report.differences().stream().limit(10).forEach(System.out::println);
				System.exit(1);
			}
		}
		Files.write(out, json);
		System.out.println("draw bench: record written to " + out);
	}

	static DrawInput input(Random random) {
		// tiers: A 600k at 2 %, B 300k at 5 %, C 80k at 20 %, D 20k at 35 % = 12,000 + 15,000 + 16,000 + 7,000 = 50,000
		List<String> districts = new ArrayList<>();
		for (int city = 1; city <= 10; city++) {
			for (int district = 1; district <= 10; district++) {
				districts.add(String.format("21%02d%02d", city, district));
			}
		}
		List<PoolObject> objects = new ArrayList<>(1_000_000);
		int[] counts = { 600_000, 300_000, 80_000, 20_000 };
		String[] tiers = { "A", "B", "C", "D" };
		List<String> tierOf = new ArrayList<>(1_000_000);
		for (int t = 0; t < 4; t++) {
			for (int i = 0; i < counts[t]; i++) {
				tierOf.add(tiers[t]);
			}
		}
		java.util.Collections.shuffle(tierOf, random);
		for (int i = 0; i < 1_000_000; i++) {
			String district = districts.get(random.nextInt(districts.size()));
			String region = random.nextInt(3) == 0 ? district + String.format("%03d", 1 + random.nextInt(12)) : district; // some in towns
			objects.add(new PoolObject(String.valueOf(100_000 + i), tierOf.get(i), region, CATEGORIES[Math.min(random.nextInt(16), 11)]));
		}
		LocalDate start = LocalDate.of(2026, 4, 1);
		List<PoolInspector> inspectors = new ArrayList<>(5_000);
		for (int i = 0; i < 5_000; i++) {
			String jurisdiction = i < 100 ? "210000" : i < 500 ? String.format("21%02d00", 1 + (i % 10)) : districts.get(i % 100);
			Set<String> covered = new HashSet<>();
			int n = 3 + random.nextInt(4);
			while (covered.size() < n) {
				covered.add(CATEGORIES[random.nextInt(CATEGORIES.length)]);
			}
			boolean expired = random.nextInt(50) == 0;
			inspectors.add(new PoolInspector(String.valueOf(1 + i), "D" + (i % 3), jurisdiction, covered, start.minusYears(3),
					expired ? start.minusDays(1) : start.plusYears(2), random.nextInt(100) != 0));
		}
		Set<Recusal> recusals = new HashSet<>();
		while (recusals.size() < 20_000) {
			recusals.add(new Recusal(String.valueOf(1 + random.nextInt(5_000)), String.valueOf(100_000 + random.nextInt(1_000_000))));
		}
		Map<String, BigDecimal> ratios = new LinkedHashMap<>();
		ratios.put("A", new BigDecimal("0.02"));
		ratios.put("B", new BigDecimal("0.05"));
		ratios.put("C", new BigDecimal("0.20"));
		ratios.put("D", new BigDecimal("0.35"));
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.put("title", "benchmark plan");
		plan.put("ratio_mode", "BY_TIER");
		Map<String, Object> planned = new LinkedHashMap<>();
		ratios.forEach((tier, r) -> planned.put(tier, r.toPlainString()));
		plan.put("ratios", planned);
		plan.put("inspectors_per_task", 2);
		plan.put("departments", List.of());
		plan.put("cap_per_inspector", 40);
		List<EntropySource> sources = List.of(new EntropySource("welfare lottery 2026-035", List.of(3L, 11L, 17L, 22L, 28L, 31L, 9L)),
				new EntropySource("SSE composite close 2026-03-27 (hundredths)", List.of(331_245L)));
		return new DrawInput("bench-1m", plan, sources, ratios, objects, inspectors, recusals, 2, new TreeMap<>(), 40, start);
	}

}
