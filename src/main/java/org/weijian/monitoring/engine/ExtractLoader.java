package org.weijian.monitoring.engine;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Reads an extract file once into a typed table and checks it with set-based queries: bad dates and numbers, unknown
 * codes and empty ids are flagged per row while the file is read (one boolean column per checked column), duplicate
 * ids (every occurrence but the first) by one grouping. The rows with a problem go into {@code skip_<table>(rec)}
 * ({@code rec} = the record's position in the file, 0-based) and, with file, physical line, column and reason, into
 * {@link #problems()}: all of them when bad rows are skipped, the first {@value #SHOWN_PER_CHECK} per check otherwise
 * (the run is then refused). The text of a bad value is read back from the file only when there is one.
 */
final class ExtractLoader {

	static final int SHOWN_PER_CHECK = 20;

	/** One problem: {@code order} is the column's position in the extract's column list. */
	record Problem(String file, long line, int order, String column, String reason) {
	}

	private final Statement st;

	private final SqlDialect dialect;

	private final boolean listAll;

	private final List<Problem> problems = new ArrayList<>();

	private long total;

	ExtractLoader(Statement st, SqlDialect dialect, boolean listAll) {
		this.st = st;
		this.dialect = dialect;
		this.listAll = listAll;
	}

	List<Problem> problems() {
		return problems;
	}

	/** Every problem found, also those not listed. */
	long total() {
		return total;
	}

	/**
	 * Loads {@code file} into {@code table} (typed columns, problem flags {@code p_<column>} and the {@code derived}
	 * expressions over the typed columns) and fills {@code skip_<table>}.
	 */
	void load(String table, Path file, Supplier<ExtractScan> scan, char delimiter, List<String> fileColumns, List<ExtractColumn> columns,
			String... derived) throws SQLException {
		String rec = dialect.recordNumber();
		List<String> read = new ArrayList<>();
		List<String> select = new ArrayList<>();
		List<ExtractColumn> checked = new ArrayList<>();
		for (ExtractColumn c : columns) {
			read.add(c.read(dialect));
			select.add(c.name());
			String problem = c.problem();
			if (problem != null) {
				select.add("(" + problem + ") AS p_" + c.name());
				checked.add(c);
			}
		}
		select.addAll(List.of(derived));
		try {
			st.execute(dialect.createTableFromCsv(table, file, delimiter, fileColumns, String.join(", ", select),
					String.join(", ", read)));
		}
		catch (SQLException ex) {
			String message = ex.getMessage() == null ? "" : ex.getMessage().lines().findFirst().orElse("");
			throw new ClaimsInputException(file.getFileName() + ": not readable as CSV (" + message + ")", ex);
		}
		st.execute("CREATE TABLE skip_" + table + " (rec BIGINT)");
		if (!checked.isEmpty()) {
			StringBuilder sql = new StringBuilder("SELECT ");
			for (int i = 0; i < checked.size(); i++) {
				sql.append(i > 0 ? ", " : "").append("SUM(CASE WHEN p_").append(checked.get(i).name()).append(" THEN 1 ELSE 0 END)");
			}
			long[] counts = new long[checked.size()];
			try (ResultSet rs = st.executeQuery(sql + " FROM " + table)) {
				rs.next();
				for (int i = 0; i < counts.length; i++) {
					counts[i] = rs.getLong(i + 1);
				}
			}
			boolean rawLoaded = false;
			for (int i = 0; i < counts.length; i++) {
				if (counts[i] == 0) {
					continue;
				}
				ExtractColumn c = checked.get(i);
				total += counts[i];
				st.execute("INSERT INTO skip_" + table + " SELECT " + rec + " FROM " + table + " WHERE p_" + c.name());
				String flagged = "SELECT " + rec + " AS rec FROM " + table + " WHERE p_" + c.name() + " ORDER BY 1" + limit();
				String values;
				switch (c.kind()) {
					case ID -> values = "SELECT rec, CAST(NULL AS VARCHAR) AS v FROM (" + flagged + ") b";
					case CODE -> values = "SELECT b.rec, t.v FROM (" + flagged + ") b JOIN (SELECT " + rec + " AS rec, " + c.name()
							+ " AS v FROM " + table + ") t ON t.rec = b.rec";
					default -> {
						if (!rawLoaded) {
							String names = String.join(", ", checked.stream().map(ExtractColumn::name).toList());
							st.execute(dialect.createTableFromCsv("raw_" + table, file, delimiter, fileColumns, names, names));
							rawLoaded = true;
						}
						values = "SELECT b.rec, r.v FROM (" + flagged + ") b JOIN (SELECT " + rec + " AS rec, " + c.name()
								+ " AS v FROM raw_" + table + ") r ON r.rec = b.rec";
					}
				}
				collect(file, scan, columns.indexOf(c), c.name(), c.problemName(), values + " ORDER BY 1");
			}
			if (rawLoaded) {
				st.execute("DROP TABLE raw_" + table);
			}
		}
		for (ExtractColumn c : columns) {
			if (c.kind() == ExtractColumn.Kind.ID) {
				duplicates(table, file, scan, columns.indexOf(c), c.name());
			}
		}
	}

	private void duplicates(String table, Path file, Supplier<ExtractScan> scan, int order, String column) throws SQLException {
		String rec = dialect.recordNumber();
		String later = "SELECT t.rec, t.v FROM (SELECT " + rec + " AS rec, " + column + " AS v FROM " + table + ") t JOIN (SELECT "
				+ column + " AS v, MIN(" + rec + ") AS first_rec FROM " + table + " WHERE " + column + " IS NOT NULL GROUP BY "
				+ column + " HAVING COUNT(*) > 1) d ON d.v = t.v WHERE t.rec > d.first_rec";
		String hash = dialect.hash(column);
		try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM (SELECT " + hash + " AS h FROM " + table + " WHERE " + column
				+ " IS NOT NULL GROUP BY " + hash + " HAVING COUNT(*) > 1) d")) {
			rs.next();
			if (rs.getLong(1) == 0) {
				return; // no two ids hash alike, so none repeats
			}
		}
		st.execute("CREATE TABLE dup_" + table + " AS " + later);
		try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM dup_" + table)) {
			rs.next();
			total += rs.getLong(1);
		}
		st.execute("INSERT INTO skip_" + table + " SELECT rec FROM dup_" + table);
		collect(file, scan, order, column, "duplicate id", "SELECT rec, v FROM dup_" + table + " ORDER BY rec" + limit());
		st.execute("DROP TABLE dup_" + table);
	}

	/** Adds the problems of a check given as {@code SELECT rec, value ...}. */
	void collect(Path file, Supplier<ExtractScan> scan, int order, String column, String what, String sql) throws SQLException {
		try (ResultSet rs = st.executeQuery(sql)) {
			while (rs.next()) {
				@Nullable String value = rs.getString(2);
				problems.add(new Problem(file.getFileName().toString(), scan.get().lineOf(rs.getLong(1)), order, column,
						value == null ? what : what + " '" + value + "'"));
			}
		}
	}

	/** Counts problems found by a caller's own check (e.g. fee lines whose visit is missing). */
	void count(long problems) {
		total += problems;
	}

	String limit() {
		return listAll ? "" : " LIMIT " + SHOWN_PER_CHECK;
	}

}
