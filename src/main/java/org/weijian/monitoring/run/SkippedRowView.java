package org.weijian.monitoring.run;

/** A row left out of a run at the user's request: file name, line (header = 1), column and reason. */
public record SkippedRowView(String file, long line, String column, String reason) {
}
