package org.weijian.monitoring.run;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A problem of a refused run split for display: file, line, column and reason as the engine words them
 * ({@code "mdtrt_d.csv line 3 column brdy: bad date '1980-02-30'"}); a problem without line or column keeps what it has,
 * and {@code messageKey} is set for the application's own problems (a changed dataset, a failure, an interruption).
 */
public record Problem(@Nullable String file, @Nullable Long line, @Nullable String column, String reason,
		@Nullable String messageKey) {

	private static final Pattern FULL = Pattern.compile("(\\S+?) line (\\d+)(?: column (\\S+))?: (.*)", Pattern.DOTALL);

	private static final Pattern FILE = Pattern.compile("(\\S+?\\.\\w+): (.*)", Pattern.DOTALL);

	static Problem parse(String text) {
		if (text.startsWith("error.")) {
			return new Problem(null, null, null, text, text);
		}
		Matcher m = FULL.matcher(text);
		if (m.matches()) {
			return new Problem(m.group(1), Long.valueOf(m.group(2)), m.group(3), m.group(4), null);
		}
		m = FILE.matcher(text);
		if (m.matches()) {
			return new Problem(m.group(1), null, null, m.group(2), null);
		}
		return new Problem(null, null, null, text, null);
	}

	static List<Problem> all(RunView run) {
		return run.problems().stream().map(Problem::parse).toList();
	}

}
