package org.weijian.monitoring.engine;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;

/**
 * An extract file: the delimiter and column names from its header row, the position of its id column (-1 for none)
 * and, for the checking load, its byte scan (run in the background).
 */
record Extract(Path file, char delimiter, List<String> columns, int idField, @Nullable Future<ExtractScan> pendingScan) {

	String name() {
		return file.getFileName().toString();
	}

	Extract scanning(ExecutorService scanner) {
		return new Extract(file, delimiter, columns, idField, scanner.submit(() -> ExtractScan.of(file, delimiter, idField)));
	}

	/** The scan's result, waiting for it; its failure (e.g. not UTF-8) is thrown. */
	ExtractScan scan() {
		try {
			return Objects.requireNonNull(pendingScan, "not scanned").get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while checking " + name(), ex);
		}
	}

	static Extract open(Path file, List<String> required, String id) {
		String header = ExtractScan.header(file);
		String name = file.getFileName().toString();
		char delimiter = header.indexOf(',') < 0 && header.indexOf('|') >= 0 ? '|' : ',';
		List<String> columns = Arrays.stream(header.split(delimiter == '|' ? "\\|" : ",", -1))
			.map(c -> c.trim().replace("\"", "").toLowerCase())
			.toList();
		for (int i = 0; i < columns.size(); i++) {
			if (!columns.get(i).matches("[a-z][a-z0-9_]*") || columns.indexOf(columns.get(i)) != i) {
				throw new ClaimsInputException(name + " line 1 column " + (i + 1) + ": bad or repeated column name '" + columns.get(i) + "'");
			}
		}
		for (String column : required) {
			if (!columns.contains(column)) {
				throw new ClaimsInputException(name + " line 1: missing column " + column);
			}
		}
		return new Extract(file, delimiter, columns, columns.indexOf(id), null);
	}

}
