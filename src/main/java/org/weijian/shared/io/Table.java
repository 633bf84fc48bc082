package org.weijian.shared.io;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A spreadsheet read from CSV or .xlsx: the header row and the data rows, each with the row number a
 * person sees in the file (the header is row 1), plus the text encoding that was detected.
 */
public record Table(List<String> headers, List<Row> rows, String encoding) {

	public record Row(int number, Map<String, String> cells) {

		/** The trimmed cell under {@code column}, or null when empty or absent. */
		public @Nullable String get(String column) {
			String v = cells.get(column);
			return v == null || v.isBlank() ? null : v.strip();
		}

	}

}
