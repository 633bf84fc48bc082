package org.weijian.inspection.draw;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link DrawRecord} as JSON by hand (fixed field order, one line per top-level field, stratum
 * and task, no floating-point numbers) and reads one strictly with Jackson's tree model: duplicate keys,
 * unknown or missing fields, wrong types and non-integral numbers are refused with the JSON path.
 */
final class DrawRecordJson {

	private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

	private static final List<String> TOP = List.of("id", "algorithm", "plan", "sources", "key", "pool_digest", "inspector_pool_digest",
			"inspector_pool", "strata", "tasks");

	private DrawRecordJson() {
	}

	/** A record that cannot be read: the message starts with the JSON path. */
	static final class FormatException extends IllegalArgumentException {

		private final String path;

		FormatException(String path, String message) {
			super(path + ": " + message);
			this.path = path;
		}

		String path() {
			return path;
		}

	}

	// ------------------------------------------------------------------ writing

	static byte[] write(DrawRecord r) {
		StringBuilder out = new StringBuilder(64 + 12 * r.inspectorPool().size()
				+ 12 * r.strata().stream().mapToInt(s -> s.candidates().size() + s.selected().size()).sum() + 200 * r.tasks().size());
		out.append("{\"id\": ");
		string(out, r.id());
		out.append(",\n\"algorithm\": ");
		string(out, r.algorithm());
		out.append(",\n\"plan\": ");
		value(out, r.plan(), "plan");
		out.append(",\n\"sources\": [");
		for (int i = 0; i < r.sources().size(); i++) {
			EntropySource s = r.sources().get(i);
			out.append(i == 0 ? "\n" : ",\n").append("  {\"name\": ");
			string(out, s.name());
			out.append(", \"values\": [");
			for (int v = 0; v < s.values().size(); v++) {
				out.append(v == 0 ? "" : ", ").append(s.values().get(v).longValue());
			}
			out.append("]}");
		}
		out.append("],\n\"key\": ");
		string(out, r.key());
		out.append(",\n\"pool_digest\": ");
		string(out, r.poolDigest());
		out.append(",\n\"inspector_pool_digest\": ");
		string(out, r.inspectorPoolDigest());
		out.append(",\n\"inspector_pool\": ");
		strings(out, r.inspectorPool());
		out.append(",\n\"strata\": [");
		for (int i = 0; i < r.strata().size(); i++) {
			DrawRecord.Stratum s = r.strata().get(i);
			out.append(i == 0 ? "\n" : ",\n").append("  {\"tier\": ");
			string(out, s.tier());
			out.append(", \"ratio\": ");
			string(out, s.ratio());
			out.append(", \"candidates\": ");
			strings(out, s.candidates());
			out.append(", \"k\": ").append(s.k()).append(", \"selected\": ");
			strings(out, s.selected());
			out.append('}');
		}
		out.append("],\n\"tasks\": [");
		for (int i = 0; i < r.tasks().size(); i++) {
			DrawRecord.Task t = r.tasks().get(i);
			out.append(i == 0 ? "\n" : ",\n").append("  {\"index\": ").append(t.index()).append(", \"object\": ");
			string(out, t.object());
			out.append(", \"draws\": [");
			for (int d = 0; d < t.draws().size(); d++) {
				DrawRecord.Draw draw = t.draws().get(d);
				out.append(d == 0 ? "{\"key\": " : ", {\"key\": ");
				string(out, draw.key());
				out.append(", \"eligible\": ");
				strings(out, draw.eligible());
				out.append(", \"count\": ").append(draw.count()).append(", \"chosen\": ");
				strings(out, draw.chosen());
				out.append('}');
			}
			out.append("], \"status\": ");
			string(out, t.status());
			out.append(", \"reason\": ");
			if (t.reason() == null) {
				out.append("null");
			}
			else {
				string(out, t.reason());
			}
			out.append('}');
		}
		out.append("]}\n");
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void strings(StringBuilder out, List<String> values) {
		out.append('[');
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				out.append(", ");
			}
			string(out, values.get(i));
		}
		out.append(']');
	}

	private static void value(StringBuilder out, @Nullable Object v, String path) {
		if (v == null) {
			out.append("null");
		}
		else if (v instanceof String s) {
			string(out, s);
		}
		else if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof BigInteger) {
			out.append(v);
		}
		else if (v instanceof BigDecimal d) {
			string(out, d.toPlainString());
		}
		else if (v instanceof Enum<?> e) {
			string(out, e.name());
		}
		else if (v instanceof TemporalAccessor t) {
			string(out, t.toString());
		}
		else if (v instanceof Map<?, ?> m) {
			out.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> e : m.entrySet()) {
				if (!(e.getKey() instanceof String name)) {
					throw new IllegalArgumentException(path + ": keys are strings: " + e.getKey());
				}
				out.append(first ? "" : ", ");
				first = false;
				string(out, name);
				out.append(": ");
				value(out, e.getValue(), path + "." + name);
			}
			out.append('}');
		}
		else if (v instanceof Collection<?> c) {
			out.append('[');
			int i = 0;
			for (Object item : c) {
				out.append(i == 0 ? "" : ", ");
				value(out, item, path + "[" + i + "]");
				i++;
			}
			out.append(']');
		}
		else {
			throw new IllegalArgumentException(path + ": not a JSON value without floats: " + v.getClass().getName());
		}
	}

	static void string(StringBuilder out, String s) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				default -> out.append(c < 0x20 || c == 0x2028 || c == 0x2029 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		out.append('"');
	}

	// ------------------------------------------------------------------ reading

	static DrawRecord read(byte[] json) {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			throw new FormatException("$", "not valid JSON: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject()) {
			throw new FormatException("$", "a draw record is a JSON object");
		}
		fields(root, "$", TOP);
		List<EntropySource> sources = new ArrayList<>();
		JsonNode sourcesNode = array(root, "sources", "sources");
		for (int i = 0; i < sourcesNode.size(); i++) {
			String path = "sources[" + i + "]";
			JsonNode s = object(sourcesNode.get(i), path);
			fields(s, path, List.of("name", "values"));
			String name = string(s, "name", path + ".name");
			JsonNode values = array(s, "values", path + ".values");
			List<Long> longs = new ArrayList<>();
			for (int v = 0; v < values.size(); v++) {
				longs.add(nonNegativeLong(values.get(v), path + ".values[" + v + "]"));
			}
			try {
				sources.add(new EntropySource(name, longs));
			}
			catch (IllegalArgumentException ex) {
				throw new FormatException(path, ex.getMessage());
			}
		}
		List<DrawRecord.Stratum> strata = new ArrayList<>();
		JsonNode strataNode = array(root, "strata", "strata");
		for (int i = 0; i < strataNode.size(); i++) {
			String path = "strata[" + i + "]";
			JsonNode s = object(strataNode.get(i), path);
			fields(s, path, List.of("tier", "ratio", "candidates", "k", "selected"));
			strata.add(new DrawRecord.Stratum(string(s, "tier", path + ".tier"), string(s, "ratio", path + ".ratio"),
					strings(s, "candidates", path + ".candidates"), integer(s.get("k"), path + ".k"), strings(s, "selected", path + ".selected")));
		}
		List<DrawRecord.Task> tasks = new ArrayList<>();
		JsonNode tasksNode = array(root, "tasks", "tasks");
		for (int i = 0; i < tasksNode.size(); i++) {
			String path = "tasks[" + i + "]";
			JsonNode t = object(tasksNode.get(i), path);
			fields(t, path, List.of("index", "object", "draws", "status", "reason"));
			List<DrawRecord.Draw> draws = new ArrayList<>();
			JsonNode drawsNode = array(t, "draws", path + ".draws");
			for (int d = 0; d < drawsNode.size(); d++) {
				String dp = path + ".draws[" + d + "]";
				JsonNode draw = object(drawsNode.get(d), dp);
				fields(draw, dp, List.of("key", "eligible", "count", "chosen"));
				draws.add(new DrawRecord.Draw(string(draw, "key", dp + ".key"), strings(draw, "eligible", dp + ".eligible"),
						integer(draw.get("count"), dp + ".count"), strings(draw, "chosen", dp + ".chosen")));
			}
			JsonNode reason = t.get("reason");
			String reasonText = null;
			if (!reason.isNull()) {
				reasonText = string(t, "reason", path + ".reason");
			}
			tasks.add(new DrawRecord.Task(integer(t.get("index"), path + ".index"), string(t, "object", path + ".object"), draws,
					string(t, "status", path + ".status"), reasonText));
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> plan = (Map<String, Object>) plain(object(root.get("plan"), "plan"), "plan");
		return new DrawRecord(string(root, "id", "id"), string(root, "algorithm", "algorithm"), plan, sources, string(root, "key", "key"),
				string(root, "pool_digest", "pool_digest"), string(root, "inspector_pool_digest", "inspector_pool_digest"),
				strings(root, "inspector_pool", "inspector_pool"), strata, tasks);
	}

	private static void fields(JsonNode node, String path, List<String> expected) {
		for (String name : expected) {
			if (!node.has(name)) {
				throw new FormatException(path.equals("$") ? name : path + "." + name, "missing");
			}
		}
		Set<String> known = Set.copyOf(expected);
		for (String name : node.propertyNames()) {
			if (!known.contains(name)) {
				throw new FormatException(path.equals("$") ? name : path + "." + name, "unknown field");
			}
		}
	}

	private static JsonNode object(JsonNode node, String path) {
		if (node == null || !node.isObject()) {
			throw new FormatException(path, "expected an object, found " + kind(node));
		}
		return node;
	}

	private static JsonNode array(JsonNode parent, String name, String path) {
		JsonNode node = parent.get(name);
		if (node == null || !node.isArray()) {
			throw new FormatException(path, "expected an array, found " + kind(node));
		}
		return node;
	}

	private static String string(JsonNode parent, String name, String path) {
		JsonNode node = parent.get(name);
		if (node == null || !node.isString()) {
			throw new FormatException(path, "expected a string, found " + kind(node));
		}
		return node.stringValue();
	}

	private static List<String> strings(JsonNode parent, String name, String path) {
		JsonNode node = array(parent, name, path);
		List<String> out = new ArrayList<>(node.size());
		for (int i = 0; i < node.size(); i++) {
			JsonNode item = node.get(i);
			if (!item.isString()) {
				throw new FormatException(path + "[" + i + "]", "expected a string, found " + kind(item));
			}
			out.add(item.stringValue());
		}
		return out;
	}

	private static int integer(JsonNode node, String path) {
		if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
			throw new FormatException(path, "expected an integer, found " + kind(node));
		}
		return node.intValue();
	}

	private static long nonNegativeLong(JsonNode node, String path) {
		if (node == null || !node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
			throw new FormatException(path, "expected a non-negative integer, found " + kind(node));
		}
		return node.longValue();
	}

	private static @Nullable Object plain(JsonNode node, String path) {
		if (node.isNull()) {
			return null;
		}
		if (node.isString()) {
			return node.stringValue();
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		if (node.isIntegralNumber()) {
			if (node.canConvertToInt()) {
				return node.intValue();
			}
			return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
		}
		if (node.isArray()) {
			List<Object> out = new ArrayList<>(node.size());
			for (int i = 0; i < node.size(); i++) {
				out.add(plain(node.get(i), path + "[" + i + "]"));
			}
			return java.util.Collections.unmodifiableList(out);
		}
		if (node.isObject()) {
			Map<String, Object> out = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> e : node.properties()) {
				out.put(e.getKey(), plain(e.getValue(), path + "." + e.getKey()));
			}
			return java.util.Collections.unmodifiableMap(out);
		}
		throw new FormatException(path, "no floating-point numbers in a draw record, found " + kind(node));
	}

	static String kind(@Nullable JsonNode node) {
		if (node == null || node.isMissingNode()) {
			return "nothing";
		}
		if (node.isNull()) {
			return "null";
		}
		if (node.isString()) {
			return "a string";
		}
		if (node.isIntegralNumber()) {
			return "an integer " + node.asString();
		}
		if (node.isNumber()) {
			return "a floating-point number " + node.asString();
		}
		if (node.isBoolean()) {
			return "a boolean";
		}
		return node.isArray() ? "an array" : "an object";
	}

}
