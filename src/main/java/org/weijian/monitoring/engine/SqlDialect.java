package org.weijian.monitoring.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The engine-specific bits of the rule SQL; everything else is plain SQL over the extract views. */
interface SqlDialect {

	String jdbcUrl();

	/** Statements that set the engine's memory limit, worker threads and spill directory. */
	List<String> configure(EngineSettings settings, Path tempDirectory);

	/** A statement that makes tables created from CSV keep the file's record order (slower), or not. */
	String keepFileOrder(boolean keep);

	/**
	 * Creates {@code table} as {@code SELECT select FROM (SELECT read FROM} the CSV file{@code )} (header row, the listed
	 * columns read as text, RFC 4180 quoting); with {@link #keepFileOrder(boolean) keepFileOrder(true)} in force
	 * {@link #recordNumber()} is then the record's position in the file.
	 */
	String createTableFromCsv(String table, Path file, char delimiter, List<String> columns, String select, String read);

	/**
	 * A query {@code SELECT select FROM} the CSV file read with its values already typed: each column named in
	 * {@code types} as that SQL type, the others as text. It fails when a value does not convert, so that a clean extract
	 * is read once and a faulty one is then loaded again with {@link #createTableFromCsv} to locate its problems; the
	 * file's record order need not be kept.
	 */
	String selectFromTypedCsv(Path file, char delimiter, List<String> columns, Map<String, String> types, String select);

	/**
	 * A 64-bit hash of the values of {@code expressions} (equal values give equal hashes, NULLs hash alike), used to
	 * find candidate duplicates by grouping on a number instead of long texts; candidates are then compared exactly.
	 */
	String hash(String... expressions);

	/** The expression for a row's 0-based record position in a table made by {@link #createTableFromCsv}. */
	String recordNumber();

	/** {@code expression} cast to {@code type}, or NULL when it does not convert. */
	String tryCast(String expression, String type);

	/** Whole calendar days from date {@code from} to date {@code to} (negative when {@code to} is earlier). */
	String daysBetween(String from, String to);

	/** Creates {@code table(d DATE)} holding every date from {@code first} to {@code last} inclusive. */
	String createCalendar(String table, LocalDate first, LocalDate last);

	/** Creates {@code table(hilist_code, part)} with one row per {@code ;}-separated part of {@code column}. */
	String createSplitList(String table, String source, String column);

}
