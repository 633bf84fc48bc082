package org.weijian.monitoring.engine;

/** A row left out of a run at the user's request, with the file, line (header = 1), column and reason. */
public record SkippedRow(String file, long line, String column, String reason) {
}
