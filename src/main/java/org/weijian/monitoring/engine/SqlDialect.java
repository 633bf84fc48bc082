package org.weijian.monitoring.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The engine-specific bits of the rule SQL; everything else is plain SQL over the extract views. */
interface SqlDialect {

	String jdbcUrl();

	/** Creates {@code table} with every listed column as text from a CSV file with a header row, plus
	 * {@code csv_line}: the record's line in the file (header = 1; a quoted line break shifts later records). */
	String createTextTableFromCsv(String table, Path file, char delimiter, List<String> columns);

	/** {@code expression} cast to {@code type}, or NULL when it does not convert. */
	String tryCast(String expression, String type);

	/** Whole calendar days from date {@code from} to date {@code to} (negative when {@code to} is earlier). */
	String daysBetween(String from, String to);

	/** Creates {@code table(d DATE)} holding every date from {@code first} to {@code last} inclusive. */
	String createCalendar(String table, LocalDate first, LocalDate last);

	/** Creates {@code table(hilist_code, part)} with one row per {@code ;}-separated part of {@code column}. */
	String createSplitList(String table, String source, String column);

}
