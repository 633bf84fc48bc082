package org.weijian.inspection.draw;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link DrawRecord} as JSON by hand (fixed field order, one line per top-level field, stratum
 * and task, no floating-point numbers) and reads one strictly with Jackson's streaming parser: duplicate keys,
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
		int plain = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= 0x20 && c != '"' && c != '\\' && c != 0x2028 && c != 0x2029) {
				continue;
			}
			out.append(s, plain, i);
			plain = i + 1;
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				default -> out.append(String.format("\\u%04x", (int) c));
			}
		}
		out.append(s, plain, s.length());
		out.append('"');
	}

	// ------------------------------------------------------------------ reading

	static DrawRecord read(byte[] json) {
		try (JsonParser parser = JSON.createParser(json)) {
			Reader reader = new Reader(parser);
			DrawRecord record = reader.record();
			reader.end();
			return record;
		}
		catch (JacksonException ex) {
			throw new FormatException("$", "not valid JSON: " + ex.getOriginalMessage());
		}
	}

	/**
	 * A strict reader over Jackson's streaming parser (no tree: a record of a million candidates is read
	 * without building a node per id).
	 */
	private static final class Reader {

		private final JsonParser p;

		Reader(JsonParser parser) {
			this.p = parser;
		}

		/** A field reader: the parser stands on the field's value. */
		private interface Field {

			void read(int index, String path);

		}

		DrawRecord record() {
			if (p.nextToken() != JsonToken.START_OBJECT) {
				throw new FormatException("$", "a draw record is a JSON object");
			}
			Object[] v = new Object[TOP.size()];
			object("$", TOP, (i, path) -> v[i] = switch (TOP.get(i)) {
				case "plan" -> {
					if (p.currentToken() != JsonToken.START_OBJECT) {
						throw new FormatException(path, "expected an object, found " + kind());
					}
					yield plain(path);
				}
				case "sources" -> list(path, this::source);
				case "inspector_pool" -> strings(path);
				case "strata" -> list(path, this::stratum);
				case "tasks" -> list(path, this::task);
				default -> string(path);
			});
			@SuppressWarnings("unchecked")
			Map<String, Object> plan = (Map<String, Object>) v[2];
			@SuppressWarnings("unchecked")
			List<EntropySource> sources = (List<EntropySource>) v[3];
			@SuppressWarnings("unchecked")
			List<String> pool = (List<String>) v[7];
			@SuppressWarnings("unchecked")
			List<DrawRecord.Stratum> strata = (List<DrawRecord.Stratum>) v[8];
			@SuppressWarnings("unchecked")
			List<DrawRecord.Task> tasks = (List<DrawRecord.Task>) v[9];
			return new DrawRecord((String) v[0], (String) v[1], plan, sources, (String) v[4], (String) v[5], (String) v[6], pool, strata, tasks);
		}

		void end() {
			if (p.nextToken() != null) {
				throw new FormatException("$", "not valid JSON: content after the record");
			}
		}

		private EntropySource source(String path) {
			Object[] v = new Object[2];
			object(path, List.of("name", "values"), (i, fp) -> {
				if (i == 0) {
					v[0] = string(fp);
					return;
				}
				expectArray(fp);
				List<Long> values = new ArrayList<>();
				for (int n = 0; p.nextToken() != JsonToken.END_ARRAY; n++) {
					String vp = fp + "[" + n + "]";
					if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
							|| p.getLongValue() < 0) {
						throw new FormatException(vp, "expected a non-negative integer, found " + kind());
					}
					values.add(p.getLongValue());
				}
				v[1] = values;
			});
			try {
				@SuppressWarnings("unchecked")
				List<Long> values = (List<Long>) v[1];
				return new EntropySource((String) v[0], values);
			}
			catch (IllegalArgumentException ex) {
				throw new FormatException(path, ex.getMessage());
			}
		}

		private DrawRecord.Stratum stratum(String path) {
			Object[] v = new Object[5];
			List<String> names = List.of("tier", "ratio", "candidates", "k", "selected");
			object(path, names, (i, fp) -> v[i] = switch (i) {
				case 2, 4 -> strings(fp);
				case 3 -> integer(fp);
				default -> string(fp);
			});
			@SuppressWarnings("unchecked")
			List<String> candidates = (List<String>) v[2];
			@SuppressWarnings("unchecked")
			List<String> selected = (List<String>) v[4];
			return new DrawRecord.Stratum((String) v[0], (String) v[1], candidates, (Integer) v[3], selected);
		}

		private DrawRecord.Task task(String path) {
			Object[] v = new Object[5];
			List<String> names = List.of("index", "object", "draws", "status", "reason");
			object(path, names, (i, fp) -> v[i] = switch (i) {
				case 0 -> integer(fp);
				case 2 -> list(fp, this::draw);
				case 4 -> p.currentToken() == JsonToken.VALUE_NULL ? null : string(fp);
				default -> string(fp);
			});
			@SuppressWarnings("unchecked")
			List<DrawRecord.Draw> draws = (List<DrawRecord.Draw>) v[2];
			return new DrawRecord.Task((Integer) v[0], (String) v[1], draws, (String) v[3], (String) v[4]);
		}

		private DrawRecord.Draw draw(String path) {
			Object[] v = new Object[4];
			List<String> names = List.of("key", "eligible", "count", "chosen");
			object(path, names, (i, fp) -> v[i] = switch (i) {
				case 1, 3 -> strings(fp);
				case 2 -> integer(fp);
				default -> string(fp);
			});
			@SuppressWarnings("unchecked")
			List<String> eligible = (List<String>) v[1];
			@SuppressWarnings("unchecked")
			List<String> chosen = (List<String>) v[3];
			return new DrawRecord.Draw((String) v[0], eligible, (Integer) v[2], chosen);
		}

		/** Reads the object the parser stands on: every field of {@code names} exactly once, no other. */
		private void object(String path, List<String> names, Field field) {
			if (p.currentToken() != JsonToken.START_OBJECT) {
				throw new FormatException(path, "expected an object, found " + kind());
			}
			long seen = 0;
			while (p.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = p.currentName();
				String fieldPath = path.equals("$") ? name : path + "." + name;
				int index = names.indexOf(name);
				if (index < 0) {
					throw new FormatException(fieldPath, "unknown field");
				}
				seen |= 1L << index;
				p.nextToken();
				field.read(index, fieldPath);
			}
			for (int i = 0; i < names.size(); i++) {
				if ((seen & (1L << i)) == 0) {
					throw new FormatException(path.equals("$") ? names.get(i) : path + "." + names.get(i), "missing");
				}
			}
		}

		private <T> List<T> list(String path, java.util.function.Function<String, T> item) {
			expectArray(path);
			List<T> out = new ArrayList<>();
			for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
				String itemPath = path + "[" + i + "]";
				if (p.currentToken() != JsonToken.START_OBJECT) {
					throw new FormatException(itemPath, "expected an object, found " + kind());
				}
				out.add(item.apply(itemPath));
			}
			return out;
		}

		private List<String> strings(String path) {
			expectArray(path);
			List<String> out = new ArrayList<>();
			for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
				if (p.currentToken() != JsonToken.VALUE_STRING) {
					throw new FormatException(path + "[" + i + "]", "expected a string, found " + kind());
				}
				out.add(p.getString());
			}
			return out;
		}

		private void expectArray(String path) {
			if (p.currentToken() != JsonToken.START_ARRAY) {
				throw new FormatException(path, "expected an array, found " + kind());
			}
		}

		private String string(String path) {
			if (p.currentToken() != JsonToken.VALUE_STRING) {
				throw new FormatException(path, "expected a string, found " + kind());
			}
			return p.getString();
		}

		private int integer(String path) {
			if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
				throw new FormatException(path, "expected an integer, found " + kind());
			}
			return p.getIntValue();
		}

		private @Nullable Object plain(String path) {
			JsonToken token = p.currentToken();
			switch (token) {
				case VALUE_NULL:
					return null;
				case VALUE_STRING:
					return p.getString();
				case VALUE_TRUE:
					return Boolean.TRUE;
				case VALUE_FALSE:
					return Boolean.FALSE;
				case VALUE_NUMBER_INT:
					return switch (p.getNumberType()) {
						case INT -> p.getIntValue();
						case LONG -> p.getLongValue();
						default -> p.getBigIntegerValue();
					};
				case START_ARRAY: {
					List<Object> out = new ArrayList<>();
					for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
						out.add(plain(path + "[" + i + "]"));
					}
					return java.util.Collections.unmodifiableList(out);
				}
				case START_OBJECT: {
					Map<String, Object> out = new LinkedHashMap<>();
					while (p.nextToken() == JsonToken.PROPERTY_NAME) {
						String name = p.currentName();
						p.nextToken();
						out.put(name, plain(path + "." + name));
					}
					return java.util.Collections.unmodifiableMap(out);
				}
				default:
					throw new FormatException(path, "no floating-point numbers in a draw record, found " + kind());
			}
		}

		private String kind() {
			JsonToken token = p.currentToken();
			if (token == null) {
				return "nothing";
			}
			return switch (token) {
				case VALUE_NULL -> "null";
				case VALUE_STRING -> "a string";
				case VALUE_NUMBER_INT -> "an integer " + p.getText();
				case VALUE_NUMBER_FLOAT -> "a floating-point number " + p.getText();
				case VALUE_TRUE, VALUE_FALSE -> "a boolean";
				case START_ARRAY -> "an array";
				case START_OBJECT -> "an object";
				default -> token.toString();
			};
		}

	}


}
