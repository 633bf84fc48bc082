package org.weijian.registry;

import java.util.List;

import org.weijian.shared.error.Violation;

/**
 * What an import found and did: rows read, rows written (0 on a dry run or when any row is bad — imports
 * are all or nothing), and every bad row's violations (row number as in the file, column, message key),
 * up to {@link #MAX_ERRORS} of them.
 */
public record ImportReport(String what, String fileName, String encoding, int rows, int imported, boolean dryRun,
		List<Violation> errors, boolean errorsTruncated) {

	public static final int MAX_ERRORS = 5_000;

	public ImportReport {
		errors = List.copyOf(errors);
	}

	/** True when every row passed: a dry run would import everything, a real run did. */
	public boolean ok() {
		return errors.isEmpty();
	}

	/** Number of distinct bad rows reported. */
	public long badRows() {
		return errors.stream().map(Violation::row).distinct().count();
	}

}
