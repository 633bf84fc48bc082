package org.weijian.monitoring.engine;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A column of an extract file as the engine reads it: its name, how its text is typed and checked, and for codes the
 * values allowed.
 */
record ExtractColumn(String name, Kind kind, List<String> allowed) {

	enum Kind {
		/** A unique, non-empty identifier (text). */
		ID("", null),
		/** Text kept as it is (codes with leading zeros). */
		TEXT("", null),
		/** Text with surrounding blanks removed. */
		TRIMMED("", null),
		/** A calendar date, {@code YYYY-MM-DD}. */
		DATE("bad date", "DATE"),
		/** A date and time, {@code YYYY-MM-DD HH:MM:SS}. */
		TIMESTAMP("bad date/time", "TIMESTAMP"),
		/** An exact decimal amount or quantity. */
		NUMBER("bad number", "DECIMAL(18, 4)"),
		/** A whole number. */
		WHOLE("bad whole number", "INTEGER"),
		/** One of {@link ExtractColumn#allowed()} (empty allowed). */
		CODE("unknown code", null);

		final String problem;

		final String sqlType;

		Kind(String problem, String sqlType) {
			this.problem = problem;
			this.sqlType = sqlType;
		}

	}

	static ExtractColumn id(String name) {
		return new ExtractColumn(name, Kind.ID, List.of());
	}

	static ExtractColumn text(String name) {
		return new ExtractColumn(name, Kind.TEXT, List.of());
	}

	static ExtractColumn of(String name, Kind kind) {
		return new ExtractColumn(name, kind, List.of());
	}

	static ExtractColumn code(String name, String... allowed) {
		return new ExtractColumn(name, Kind.CODE, List.of(allowed));
	}

	/** The column as read from the file: typed, plus its text as {@code r_<name>} where the typing can fail. */
	String read(SqlDialect dialect) {
		return switch (kind) {
			case TRIMMED -> "TRIM(" + name + ") AS " + name;
			case DATE, TIMESTAMP, NUMBER, WHOLE -> name + " AS r_" + name + ", " + dialect.tryCast(name, kind.sqlType) + " AS " + name;
			default -> name;
		};
	}

	/** A condition over {@link #read} that is true when the row has a problem in this column, or null for none. */
	String problem() {
		return switch (kind) {
			case ID -> name + " IS NULL";
			case DATE, TIMESTAMP, NUMBER, WHOLE -> "r_" + name + " IS NOT NULL AND " + name + " IS NULL";
			// a chain of <> rather than NOT IN: DuckDB turns a constant IN list into a join, which loses the file order
			case CODE -> name + " IS NOT NULL AND " + String.join(" AND ", allowed.stream().map(a -> name + " <> '" + a + "'").toList());
			default -> null;
		};
	}

	/** The column as selected from a typed read of the file ({@link SqlDialect#selectFromTypedCsv}). */
	String typedRead() {
		return kind == Kind.TRIMMED ? "TRIM(" + name + ") AS " + name : name;
	}

	/** The type a typed read gives the column, or null for text. */
	@Nullable
	String sqlType() {
		return kind.sqlType;
	}

	/**
	 * A condition over the typed table that is true when the row has a problem the typed read does not refuse itself
	 * (empty id, code not allowed), or null for none.
	 */
	@Nullable
	String problemAfterTypedRead() {
		return switch (kind) {
			case ID, CODE -> problem();
			default -> null;
		};
	}

	String problemName() {
		return kind == Kind.ID ? "empty id" : kind.problem;
	}

}
