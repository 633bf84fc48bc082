package org.weijian.monitoring.engine;

import static org.weijian.monitoring.engine.ExtractColumn.Kind.DATE;
import static org.weijian.monitoring.engine.ExtractColumn.Kind.NUMBER;
import static org.weijian.monitoring.engine.ExtractColumn.Kind.TIMESTAMP;
import static org.weijian.monitoring.engine.ExtractColumn.Kind.TRIMMED;
import static org.weijian.monitoring.engine.ExtractColumn.Kind.WHOLE;
import static org.weijian.monitoring.engine.ExtractColumn.code;
import static org.weijian.monitoring.engine.ExtractColumn.id;
import static org.weijian.monitoring.engine.ExtractColumn.of;
import static org.weijian.monitoring.engine.ExtractColumn.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The claims rule engine (规则引擎): reads each extract file once into a typed table of an in-process database (exact
 * {@code DECIMAL(18,4)} amounts, dates), checks it, and runs every rule of a {@link RuleBase} over tables named after
 * the extract tables ({@code mdtrt_d}, {@code fee_list_d}, {@code hilist_kb}, {@code peers}) and the line context
 * {@code line_ctx} (each fee line with its visit and knowledge-base entry), built once.
 */
public final class ClaimsEngine {

	static final List<String> VISIT_COLUMNS = List.of("mdtrt_id", "psn_no", "gend", "brdy", "fixmedins_code", "med_type",
			"begntime", "endtime", "dscg_maindiag_code", "medfee_sumamt");

	static final List<String> FEE_COLUMNS = List.of("feedetl_sn", "mdtrt_id", "fee_ocur_time", "hilist_code", "hilist_name",
			"list_type", "cnt", "pric", "det_item_fee_sumamt", "bilg_dr_code");

	static final List<String> KB_COLUMNS = List.of("hilist_code", "gend_lmt", "age_min", "age_max", "dx_lmt", "pric_uplmt",
			"cnt_day_max", "incl_by", "item_class", "atc", "ddd_per_unit");

	static final List<String> PEER_COLUMNS = List.of("fixmedins_code", "peer_group");

	private static final List<ExtractColumn> VISITS = List.of(id("mdtrt_id"), text("psn_no"), of("gend", TRIMMED),
			of("brdy", DATE), text("fixmedins_code"), text("med_type"), of("begntime", TIMESTAMP), of("endtime", TIMESTAMP),
			text("dscg_maindiag_code"), of("medfee_sumamt", NUMBER));

	/** The fee-line columns the rules read ({@code hilist_name} and {@code bilg_dr_code} are required but not read). */
	private static final List<ExtractColumn> FEES = List.of(id("feedetl_sn"), text("mdtrt_id"), of("fee_ocur_time", TIMESTAMP),
			text("hilist_code"), code("list_type", "101", "102", "103", "201", "301"), of("cnt", NUMBER), of("pric", NUMBER),
			of("det_item_fee_sumamt", NUMBER));

	private static final List<ExtractColumn> KB = List.of(id("hilist_code"), code("gend_lmt", "1", "2"), of("age_min", WHOLE),
			of("age_max", WHOLE), text("dx_lmt"), of("pric_uplmt", NUMBER), of("cnt_day_max", NUMBER), text("incl_by"),
			code("item_class", "BED", "NURSING", "DRUG", "EXAM", "LAB", "TREAT", "MATERIAL", "OTHER"), text("atc"),
			of("ddd_per_unit", NUMBER));

	/** Columns of {@code mdtrt_d} derived from the visit's own columns. */
	private static final String[] VISIT_DERIVED = { "SUBSTRING(med_type, 1, 1) AS med_class", "CAST(begntime AS DATE) AS begn_date",
			"CAST(endtime AS DATE) AS end_date", "UPPER(REPLACE(dscg_maindiag_code, '.', '')) AS diag_norm" };

	private static final String[] FEE_DERIVED = { "CAST(fee_ocur_time AS DATE) AS fee_date" };

	private static final List<ExtractColumn> PEERS = List.of(text("fixmedins_code"), text("peer_group"));

	private final RuleBase ruleBase;

	private final EngineSettings settings;

	private final SqlDialect dialect = new DuckDbDialect();

	private final boolean typedReadFirst;

	/** An engine with the settings of {@link EngineSettings#fromSystemProperties()}. */
	public ClaimsEngine(RuleBase ruleBase) {
		this(ruleBase, EngineSettings.fromSystemProperties());
	}

	public ClaimsEngine(RuleBase ruleBase, EngineSettings settings) {
		this(ruleBase, settings, true);
	}

	/** With {@code typedReadFirst} false every extract takes the checking load, even a clean one (for comparisons). */
	ClaimsEngine(RuleBase ruleBase, EngineSettings settings, boolean typedReadFirst) {
		this.ruleBase = ruleBase;
		this.settings = settings;
		this.typedReadFirst = typedReadFirst;
	}

	/** Runs every rule, refusing input with bad rows; see {@link #run(ClaimsDataset, boolean, BiConsumer)}. */
	public MonitoringResult run(ClaimsDataset dataset, BiConsumer<String, Integer> progress) {
		return run(dataset, false, progress);
	}

	/**
	 * Runs every rule; {@code progress} receives each rule code and its row count as the rule finishes. With
	 * {@code skipBadRows} rows with problems are left out and listed in {@link MonitoringResult#skipped()} instead of
	 * refusing the run.
	 */
	public MonitoringResult run(ClaimsDataset dataset, boolean skipBadRows, BiConsumer<String, Integer> progress) {
		return run(dataset, skipBadRows, progress, phase -> {
		});
	}

	/**
	 * As {@link #run(ClaimsDataset, boolean, BiConsumer)}, announcing each phase before the rules (checking the files,
	 * loading each extract, building the line context) to {@code phases}.
	 * @throws ClaimsInputException when a file cannot be read as an extract (missing or repeated column, not UTF-8, no
	 * header, not CSV), or when rows have problems and {@code skipBadRows} is false
	 */
	public MonitoringResult run(ClaimsDataset dataset, boolean skipBadRows, BiConsumer<String, Integer> progress,
			Consumer<String> phases) {
		phases.accept("checking the headers");
		Extract visits = Extract.open(dataset.visits(), VISIT_COLUMNS, "mdtrt_id");
		Extract kb = Extract.open(dataset.knowledgeBase(), KB_COLUMNS, "hilist_code");
		@Nullable Extract peers = dataset.peers() == null ? null : Extract.open(dataset.peers(), PEER_COLUMNS, "");
		Extract fees = Extract.open(dataset.fees(), FEE_COLUMNS, "feedetl_sn");
		if (typedReadFirst) {
			MonitoringResult result = runOnClean(visits, kb, peers, fees, progress, phases);
			if (result != null) {
				return result;
			}
			phases.accept("the extract is not clean: loading it again with row-by-row checks");
		}
		return runChecked(visits, kb, peers, fees, skipBadRows, progress, phases);
	}

	/**
	 * The fast path (ADR 0040): each file read once, straight into its typed table, beside a cheap byte pass (UTF-8, id
	 * hashes); null as soon as anything is wrong — a value that does not convert, an empty id or unknown code, a possibly
	 * repeated id, a fee line without its visit, a file that is not UTF-8 — so that the checking load locates it.
	 */
	private @Nullable MonitoringResult runOnClean(Extract visits, Extract kb, @Nullable Extract peers, Extract fees,
			BiConsumer<String, Integer> progress, Consumer<String> phases) {
		ExecutorService checker = daemonExecutor("extract-check");
		Path temp = null;
		try (Connection db = DriverManager.getConnection(dialect.jdbcUrl()); Statement plain = db.createStatement()) {
			Statement st = Boolean.getBoolean("weijian.monitoring.trace") ? traced(plain) : plain;
			// checked in the order they are loaded, so that each check is done when its file's table is
			List<Future<Boolean>> clean = Stream.of(visits, kb, peers, fees)
				.filter(e -> e != null)
				.map(e -> checker.submit(() -> ExtractScan.utf8WithUniqueIds(e.file(), e.delimiter(), e.idField())))
				.toList();
			temp = tempDirectory();
			for (String sql : dialect.configure(settings, temp)) {
				st.execute(sql);
			}
			phases.accept("reading " + visits.name() + " (visits) typed, encoding and ids checked beside");
			if (!typedLoad(st, "mdtrt_d", visits, VISITS, VISIT_DERIVED)) {
				return null;
			}
			phases.accept("reading " + kb.name() + " (knowledge base) typed");
			if (!typedLoad(st, "hilist_kb", kb, KB)) {
				return null;
			}
			if (peers != null) {
				if (!typedLoad(st, "peers", peers, PEERS)) {
					return null;
				}
			}
			else {
				st.execute("CREATE TABLE peers (fixmedins_code VARCHAR, peer_group VARCHAR)");
			}
			phases.accept("reading " + fees.name() + " (fee lines) typed");
			if (!typedLoad(st, "fee_list_d", fees, FEES, FEE_DERIVED)) {
				return null;
			}
			// a fee line without its visit is a problem (an anti-join: cheaper than numbering the lines' visits as they
			// are read, which doubled the reading's CPU time at 10 M lines)
			try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM fee_list_d f WHERE NOT EXISTS (SELECT 1 FROM mdtrt_d v WHERE v.mdtrt_id = f.mdtrt_id)")) {
				rs.next();
				if (rs.getLong(1) > 0) {
					return null;
				}
			}
			for (Future<Boolean> check : clean) {
				if (!check.get()) {
					return null;
				}
			}
			return new RuleRunner(ruleBase, dialect).run(st, progress, phases, List.of());
		}
		catch (SQLException | ExecutionException ex) {
			return null; // the checking load reports the cause
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while checking the extract", ex);
		}
		finally {
			checker.shutdownNow();
			if (temp != null && settings.tempDirectory() == null) {
				deleteQuietly(temp);
			}
		}
	}

	/**
	 * Reads {@code extract} straight into {@code table} (typed columns and the {@code derived} expressions); false when
	 * a value does not convert or a row has an empty id or unknown code.
	 */
	private boolean typedLoad(Statement st, String table, Extract extract, List<ExtractColumn> columns, String... derived)
			throws SQLException {
		Map<String, String> types = new LinkedHashMap<>();
		List<String> select = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (ExtractColumn c : columns) {
			if (c.sqlType() != null) {
				types.put(c.name(), c.sqlType());
			}
			select.add(c.typedRead());
			String problem = c.problemAfterTypedRead();
			if (problem != null) {
				problems.add("(" + problem + ")");
			}
		}
		select.addAll(List.of(derived));
		try {
			st.execute("CREATE TABLE " + table + " AS " + dialect.selectFromTypedCsv(extract.file(), extract.delimiter(),
					extract.columns(), types, String.join(", ", select)));
		}
		catch (SQLException ex) {
			return false; // a value that does not convert, or not CSV
		}
		if (problems.isEmpty()) {
			return true;
		}
		try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + String.join(" OR ", problems))) {
			rs.next();
			return rs.getLong(1) == 0;
		}
	}

	/** The checking load (ADR 0041): every problem located by file, line and column; the rows with one skipped or the run refused. */
	private MonitoringResult runChecked(Extract visits0, Extract kb0, @Nullable Extract peers0, Extract fees0, boolean skipBadRows,
			BiConsumer<String, Integer> progress, Consumer<String> phases) {
		phases.accept("encoding and line numbers checked beside the loading");
		ExecutorService scanner = daemonExecutor("extract-scan");
		Path temp = null;
		List<Extract> extracts = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(dialect.jdbcUrl()); Statement plain = db.createStatement()) {
			Statement st = Boolean.getBoolean("weijian.monitoring.trace") ? traced(plain) : plain;
			// scanned in the order they are loaded, so that each scan is done when its file's checks need it
			Extract visits = visits0.scanning(scanner);
			Extract kb = kb0.scanning(scanner);
			@Nullable Extract peers = peers0 == null ? null : peers0.scanning(scanner);
			Extract fees = fees0.scanning(scanner);
			extracts.addAll(Stream.of(fees, visits, kb, peers).filter(e -> e != null).toList());
			temp = tempDirectory();
			for (String sql : dialect.configure(settings, temp)) {
				st.execute(sql);
			}
			ExtractLoader loader = new ExtractLoader(st, dialect, skipBadRows);
			load(st, loader, phases, visits, fees, kb, peers, skipBadRows);
			extracts.forEach(Extract::scan); // every file is UTF-8
			if (!skipBadRows && loader.total() > 0) {
				List<String> problems = sorted(loader.problems()).stream()
					.map(p -> p.file() + " line " + p.line() + " column " + p.column() + ": " + p.reason())
					.toList();
				throw new ClaimsInputException("the extract has " + loader.total() + " problem(s), run refused"
						+ (loader.total() > problems.size() ? " (the first " + ExtractLoader.SHOWN_PER_CHECK + " of each kind listed)" : "")
						+ ":" + System.lineSeparator() + String.join(System.lineSeparator(), problems), problems);
			}
			List<SkippedRow> skipped = sorted(loader.problems()).stream()
				.map(p -> new SkippedRow(p.file(), p.line(), p.column(), p.reason()))
				.toList();
			return new RuleRunner(ruleBase, dialect).run(st, progress, phases, skipped);
		}
		catch (SQLException | ClaimsInputException ex) {
			extracts.forEach(Extract::scan); // a file that is not UTF-8 is the cause to report
			if (ex instanceof ClaimsInputException input) {
				throw input;
			}
			throw new ClaimsInputException("cannot load the extract: " + firstLine(ex.getMessage()), ex);
		}
		finally {
			scanner.shutdownNow();
			if (temp != null && settings.tempDirectory() == null) {
				deleteQuietly(temp);
			}
		}
	}

	private void load(Statement st, ExtractLoader loader, Consumer<String> phases, Extract visits, Extract fees, Extract kb,
			@Nullable Extract peers, boolean skipBadRows) throws SQLException {
		String rec = dialect.recordNumber();
		phases.accept("loading " + visits.name() + " (visits)");
		loader.load("t_mdtrt", visits.file(), visits::scan, visits.delimiter(), visits.columns(), VISITS);
		st.execute("CREATE TABLE mdtrt_d AS SELECT mdtrt_id, psn_no, gend, brdy, fixmedins_code, med_type, begntime, endtime,"
				+ " dscg_maindiag_code, medfee_sumamt, " + String.join(", ", VISIT_DERIVED) + " FROM t_mdtrt t WHERE NOT EXISTS (SELECT 1 FROM skip_t_mdtrt s WHERE s.rec = t." + rec + ")");
		phases.accept("loading " + kb.name() + " (knowledge base)");
		loader.load("t_kb", kb.file(), kb::scan, kb.delimiter(), kb.columns(), KB);
		st.execute("CREATE TABLE hilist_kb AS SELECT hilist_code, gend_lmt, age_min, age_max, dx_lmt, pric_uplmt, cnt_day_max,"
				+ " incl_by, item_class, atc, ddd_per_unit FROM t_kb t WHERE NOT EXISTS (SELECT 1 FROM skip_t_kb s WHERE s.rec = t." + rec + ")");
		if (peers != null) {
			loader.load("t_peers", peers.file(), peers::scan, peers.delimiter(), peers.columns(), PEERS);
			st.execute("CREATE VIEW peers AS SELECT fixmedins_code, peer_group FROM t_peers");
		}
		else {
			st.execute("CREATE TABLE peers (fixmedins_code VARCHAR, peer_group VARCHAR)");
		}
		phases.accept("loading " + fees.name() + " (fee lines)");
		loader.load("fee_list_d", fees.file(), fees::scan, fees.delimiter(), fees.columns(), FEES, FEE_DERIVED);
		phases.accept("checking that every fee line has its visit");
		String orphans = "FROM fee_list_d f WHERE NOT EXISTS (SELECT 1 FROM mdtrt_d v WHERE v.mdtrt_id = f.mdtrt_id)";
		long orphanCount;
		try (ResultSet rs = st.executeQuery("SELECT COUNT(*) " + orphans)) {
			rs.next();
			orphanCount = rs.getLong(1);
		}
		if (orphanCount > 0) {
			loader.inFileOrder("fee_list_d");
			st.execute("CREATE TABLE orphan_fee AS SELECT f." + rec + " AS rec, f.mdtrt_id AS v, CASE WHEN EXISTS ("
					+ "SELECT 1 FROM t_mdtrt a WHERE a.mdtrt_id = f.mdtrt_id) THEN 1 ELSE 0 END AS known " + orphans);
			long missing;
			long ofSkipped;
			try (ResultSet rs = st.executeQuery("SELECT SUM(1 - known), SUM(known) FROM orphan_fee")) {
				rs.next();
				missing = rs.getLong(1);
				ofSkipped = rs.getLong(2);
			}
			int order = FEES.indexOf(text("mdtrt_id"));
			if (missing > 0) {
				loader.count(missing);
				loader.collect(fees.file(), fees::scan, order, "mdtrt_id", "visit missing from " + visits.name(),
						"SELECT rec, v FROM orphan_fee WHERE known = 0 ORDER BY rec" + loader.limit());
			}
			if (ofSkipped > 0 && skipBadRows) {
				loader.count(ofSkipped);
				loader.collect(fees.file(), fees::scan, order, "mdtrt_id", "visit skipped (its row in " + visits.name()
						+ " has a problem)", "SELECT rec, v FROM orphan_fee WHERE known = 1 ORDER BY rec" + loader.limit());
			}
			st.execute("INSERT INTO skip_fee_list_d SELECT rec FROM orphan_fee");
			st.execute("DROP TABLE orphan_fee");
		}
		if (skipBadRows) {
			st.execute("DELETE FROM fee_list_d WHERE " + rec + " IN (SELECT rec FROM skip_fee_list_d)");
		}
	}

	/** With {@code -Dweijian.monitoring.trace=true}: each statement's time and start on standard error. */
	private static Statement traced(Statement st) {
		return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] { Statement.class },
				(proxy, method, args) -> {
					long start = System.nanoTime();
					try {
						return method.invoke(st, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
					finally {
						if (args != null && args.length == 1 && args[0] instanceof String sql) {
							System.err.printf("%8.2f s  %s%n", (System.nanoTime() - start) / 1e9, sql.length() > 160 && !"full".equals(System.getProperty("weijian.monitoring.trace.sql")) ? sql.substring(0, 160) : sql);
						}
					}
				});
	}

	private Path tempDirectory() {
		try {
			Path dir = settings.tempDirectory();
			return dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("weijian-monitoring-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create the engine's temporary directory", ex);
		}
	}

	private static void deleteQuietly(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// best effort: a leftover empty temporary directory is harmless
		}
	}

	private static List<ExtractLoader.Problem> sorted(List<ExtractLoader.Problem> problems) {
		return problems.stream()
			.sorted(Comparator.comparing(ExtractLoader.Problem::file)
				.thenComparingLong(ExtractLoader.Problem::line)
				.thenComparingInt(ExtractLoader.Problem::order)
				.thenComparing(ExtractLoader.Problem::reason))
			.toList();
	}

	private static String firstLine(@Nullable String message) {
		return message == null ? "" : message.lines().findFirst().orElse("");
	}

	private static ExecutorService daemonExecutor(String name) {
		return Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, name);
			thread.setDaemon(true);
			return thread;
		});
	}

}
