package org.weijian.ledger.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Writes values as RFC 8785 canonical JSON: no white space, object members sorted by the UTF-16 code
 * units of their names ({@link String#compareTo} compares exactly those), strings escaped as ECMAScript's
 * {@code JSON.stringify} does (only the quotation mark, the reverse solidus and U+0000–U+001F, with the
 * two-character short forms for backspace, form feed, line feed, carriage return and tab, other controls as
 * lowercase six-character u00xx escapes; everything else literal, in
 * UTF-8), integers as plain digits. Accepted values: String, Boolean, Integer, Long, Short, Byte,
 * BigInteger (all within ±(2^53−1), the integers an IEEE 754 double holds exactly, so every JCS reader
 * agrees), BigDecimal (as a JSON string of its plain form), List, Map with String keys, null.
 * Float and double are refused: their canonical form depends on the ECMAScript number formatter and they
 * are not needed for records with legal weight. Lone surrogates are refused (RFC 8785 §3.2.2.2 asks for
 * well-formed strings).
 */
public final class CanonicalJson {

	/** 2^53 − 1, the largest integer every JSON reader holds exactly. */
	public static final long MAX_SAFE_INTEGER = 9_007_199_254_740_991L;

	private static final int MAX_DEPTH = 32;

	private CanonicalJson() {
	}

	/** The canonical JSON text of {@code value}. */
	public static String write(@Nullable Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out, "$", 0);
		return out.toString();
	}

	/** The UTF-8 bytes of the canonical JSON text of {@code value}. */
	public static byte[] bytes(@Nullable Object value) {
		return write(value).getBytes(StandardCharsets.UTF_8);
	}

	private static void write(@Nullable Object value, StringBuilder out, String path, int depth) {
		if (depth > MAX_DEPTH) {
			throw new NotCanonicalException(path, "nested deeper than " + MAX_DEPTH + " levels");
		}
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof String s) {
			string(s, out, path);
		}
		else if (value instanceof Boolean b) {
			out.append(b.booleanValue() ? "true" : "false");
		}
		else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
			integer(BigInteger.valueOf(((Number) value).longValue()), out, path);
		}
		else if (value instanceof BigInteger i) {
			integer(i, out, path);
		}
		else if (value instanceof BigDecimal d) {
			string(d.toPlainString(), out, path);
		}
		else if (value instanceof Float || value instanceof Double) {
			throw new NotCanonicalException(path, "floating-point numbers are not allowed; use an integer or a BigDecimal");
		}
		else if (value instanceof Map<?, ?> map) {
			object(map, out, path, depth);
		}
		else if (value instanceof List<?> list) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				write(list.get(i), out, path + "[" + i + "]", depth + 1);
			}
			out.append(']');
		}
		else {
			throw new NotCanonicalException(path, "values of type " + value.getClass().getSimpleName() + " are not allowed");
		}
	}

	private static void object(Map<?, ?> map, StringBuilder out, String path, int depth) {
		List<String> names = new ArrayList<>(map.size());
		for (Object key : map.keySet()) {
			if (!(key instanceof String name)) {
				throw new NotCanonicalException(path, "object member names must be strings");
			}
			names.add(name);
		}
		names.sort(null);
		out.append('{');
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			if (i > 0) {
				out.append(',');
			}
			string(name, out, path);
			out.append(':');
			write(map.get(name), out, path + "." + name, depth + 1);
		}
		out.append('}');
	}

	private static void integer(BigInteger value, StringBuilder out, String path) {
		if (value.abs().compareTo(BigInteger.valueOf(MAX_SAFE_INTEGER)) > 0) {
			throw new NotCanonicalException(path, "integers beyond ±(2^53−1) are not allowed; write them as a string");
		}
		out.append(value.toString());
	}

	private static void string(String s, StringBuilder out, String path) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
					}
					else if (Character.isHighSurrogate(c)) {
						if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
							throw new NotCanonicalException(path, "a string holds a lone surrogate at position " + i);
						}
						out.append(c).append(s.charAt(++i));
					}
					else if (Character.isLowSurrogate(c)) {
						throw new NotCanonicalException(path, "a string holds a lone surrogate at position " + i);
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	/** The value cannot be written as canonical JSON; names the JSON path of the offending value. */
	public static final class NotCanonicalException extends IllegalArgumentException {

		private final String path;

		NotCanonicalException(String path, String reason) {
			super(path + ": " + reason);
			this.path = path;
		}

		public String path() {
			return path;
		}

	}

}
