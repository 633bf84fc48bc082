package org.weijian.monitoring.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DuckDB (embedded, in-process): CSV reading, date arithmetic, date series and list splitting. */
final class DuckDbDialect implements SqlDialect {

	@Override
	public String jdbcUrl() {
		return "jdbc:duckdb:";
	}

	@Override
	public List<String> configure(EngineSettings settings, Path tempDirectory) {
		return List.of("SET memory_limit = " + quote(settings.memoryLimit()), "SET threads = " + settings.threads(),
				"SET temp_directory = " + quote(tempDirectory.toAbsolutePath().toString()), keepFileOrder(false));
	}

	@Override
	public String keepFileOrder(boolean keep) {
		return "SET preserve_insertion_order = " + keep;
	}

	/** A table made with insertion order preserved numbers its rows in file order ({@code rowid}, from 0). */
	@Override
	public String createTableFromCsv(String table, Path file, char delimiter, List<String> columns, String select, String read) {
		return "CREATE TABLE " + table + " AS SELECT " + select + " FROM (SELECT " + read + " FROM " + readCsv(file, delimiter, columns) + ") s";
	}

	/** DuckDB's CSV reader converts with the same casts as {@code CAST}, and fails on the first value that does not convert. */
	@Override
	public String selectFromTypedCsv(Path file, char delimiter, List<String> columns, Map<String, String> types, String select) {
		return "SELECT " + select + " FROM " + readCsv(file, delimiter, columns, types) + " s";
	}

	@Override
	public String hash(String... expressions) {
		return "hash(" + String.join(", ", expressions) + ")";
	}

	@Override
	public String recordNumber() {
		return "rowid";
	}

	static String readCsv(Path file, char delimiter, List<String> columns) {
		return readCsv(file, delimiter, columns, Map.of());
	}

	private static String readCsv(Path file, char delimiter, List<String> columns, Map<String, String> typed) {
		String types = columns.stream()
			.map(c -> "'" + c + "': '" + typed.getOrDefault(c, "VARCHAR") + "'")
			.collect(Collectors.joining(", "));
		return "read_csv(" + quote(file.toAbsolutePath().toString()) + ", header = true, auto_detect = false, delim = "
				+ quote(String.valueOf(delimiter)) + ", quote = '\"', escape = '\"', columns = {" + types + "})";
	}

	@Override
	public String tryCast(String expression, String type) {
		return "TRY_CAST(" + expression + " AS " + type + ")";
	}

	@Override
	public String daysBetween(String from, String to) {
		return "date_diff('day', " + from + ", " + to + ")";
	}

	@Override
	public String createCalendar(String table, LocalDate first, LocalDate last) {
		return "CREATE TABLE " + table + " AS SELECT CAST(generate_series AS DATE) AS d FROM generate_series(TIMESTAMP '"
				+ first + " 00:00:00', TIMESTAMP '" + last + " 00:00:00', INTERVAL 1 DAY)";
	}

	@Override
	public String createSplitList(String table, String source, String column) {
		return "CREATE TABLE " + table + " AS SELECT hilist_code, part FROM (SELECT hilist_code, TRIM(unnest(string_split("
				+ column + ", ';'))) AS part FROM " + source + " WHERE " + column + " IS NOT NULL) s WHERE part <> ''";
	}

	private static String quote(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

}
