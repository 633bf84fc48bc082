package org.weijian.monitoring.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned rule base (规则库): the parameters and thresholds of every rule with their legal basis, read from
 * {@code monitoring/rulebase-<version>.csv} ({@code rule_code,parameter,value,legal_basis}). Rule SQL refers to a
 * parameter as {@code ${RULE_CODE.parameter}}; no threshold is written in the SQL itself.
 */
public final class RuleBase {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+\\.[a-z0-9_]+)}");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private final String version;

	private final Map<String, String> values;

	private RuleBase(String version, Map<String, String> values) {
		this.version = version;
		this.values = values;
	}

	/** The rule base shipped with the application, version {@code v1}. */
	public static RuleBase v1() {
		return load("v1");
	}

	public static RuleBase load(String version) {
		String resource = "/monitoring/rulebase-" + version + ".csv";
		try (InputStream in = RuleBase.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("no rule base " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			Map<String, String> values = new LinkedHashMap<>();
			String line = reader.readLine(); // header
			int number = 1;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				String[] cells = line.split(",", 4);
				if (cells.length < 3) {
					throw new IllegalStateException(resource + " line " + number + ": expected rule_code,parameter,value");
				}
				values.put(cells[0].trim() + "." + cells[1].trim(), cells[2].trim());
			}
			return new RuleBase(version, Map.copyOf(values));
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + resource, ex);
		}
	}

	public String version() {
		return version;
	}

	public BigDecimal number(String rule, String parameter) {
		return new BigDecimal(value(rule + "." + parameter));
	}

	private String value(String key) {
		String value = values.get(key);
		if (value == null) {
			throw new IllegalStateException("rule base " + version + " has no parameter " + key);
		}
		return value;
	}

	/** Replaces every {@code ${RULE.parameter}} by its value as an SQL literal (numbers bare, text quoted). */
	String bind(String sql) {
		Matcher m = PLACEHOLDER.matcher(sql);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = value(m.group(1));
			String literal = NUMBER.matcher(value).matches() ? value : "'" + value.replace("'", "''") + "'";
			m.appendReplacement(out, Matcher.quoteReplacement(literal));
		}
		m.appendTail(out);
		return out.toString();
	}

}
