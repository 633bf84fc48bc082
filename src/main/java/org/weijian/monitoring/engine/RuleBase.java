package org.weijian.monitoring.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned rule base (规则库): the parameters and thresholds of every rule with their legal basis, read from
 * {@code monitoring/rulebase-<version>.csv} ({@code rule_code,parameter,value,legal_basis}). Rule SQL refers to a
 * parameter as {@code ${RULE_CODE.parameter}}; no threshold is written in the SQL itself.
 */
public final class RuleBase {

	public static final String HEADER = "rule_code,parameter,value,legal_basis";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+\\.[a-z0-9_]+)}");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private final String version;

	private final List<RuleParameter> parameters;

	private final Map<String, String> values;

	private RuleBase(String version, List<RuleParameter> parameters) {
		this.version = version;
		this.parameters = parameters.stream()
			.sorted(Comparator.comparing(RuleParameter::ruleCode).thenComparing(RuleParameter::parameter))
			.toList();
		Map<String, String> values = new LinkedHashMap<>();
		for (RuleParameter p : this.parameters) {
			if (values.put(p.ruleCode() + "." + p.parameter(), p.value()) != null) {
				throw new IllegalArgumentException("rule base " + version + " repeats " + p.ruleCode() + "." + p.parameter());
			}
		}
		this.values = Map.copyOf(values);
	}

	/** A rule base with the given parameters (e.g. a version kept in the database). */
	public static RuleBase of(String version, List<RuleParameter> parameters) {
		return new RuleBase(version, parameters);
	}

	/** The rule base shipped with the application, version {@code v1}. */
	public static RuleBase v1() {
		return load("v1");
	}

	/** A rule base shipped as the resource {@code monitoring/rulebase-<version>.csv}. */
	public static RuleBase load(String version) {
		String resource = "/monitoring/rulebase-" + version + ".csv";
		try (InputStream in = RuleBase.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("no rule base " + resource);
			}
			return parse(version, new InputStreamReader(in, StandardCharsets.UTF_8), resource);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + resource, ex);
		}
	}

	/** Reads {@code rule_code,parameter,value,legal_basis} rows (header first; the basis may contain commas). */
	public static RuleBase parse(String version, Reader csv, String source) throws IOException {
		BufferedReader reader = new BufferedReader(csv);
		List<RuleParameter> parameters = new ArrayList<>();
		String line = reader.readLine(); // header
		int number = 1;
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			String[] cells = line.split(",", 4);
			if (cells.length < 3) {
				throw new IllegalStateException(source + " line " + number + ": expected rule_code,parameter,value");
			}
			parameters.add(new RuleParameter(cells[0].trim(), cells[1].trim(), cells[2].trim(),
					cells.length > 3 ? cells[3].trim() : ""));
		}
		return new RuleBase(version, parameters);
	}

	public String version() {
		return version;
	}

	/** Every parameter, sorted by rule code and parameter name. */
	public List<RuleParameter> parameters() {
		return parameters;
	}

	/** The canonical text of the parameters (header and one sorted row per parameter, LF endings), e.g. for hashing. */
	public String canonicalCsv() {
		StringBuilder out = new StringBuilder(HEADER).append('\n');
		for (RuleParameter p : parameters) {
			out.append(p.ruleCode()).append(',').append(p.parameter()).append(',').append(p.value()).append(',')
				.append(p.legalBasis().replace('\n', ' ')).append('\n');
		}
		return out.toString();
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
