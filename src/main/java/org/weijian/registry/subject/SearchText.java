package org.weijian.registry.subject;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The free text of a search, normalised once: whether it looks like a code (credit code, licence,
 * certificate number) and the LIKE patterns and name grams it turns into.
 */
public record SearchText(String text) {

	private static final Pattern CODE = Pattern.compile("[0-9A-Z]+");

	public static SearchText of(String raw) {
		return new SearchText(NameGrams.normalize(raw).replaceAll("\\s+", ""));
	}

	public boolean isEmpty() {
		return text.isEmpty();
	}

	public boolean codeLike() {
		return CODE.matcher(text).matches();
	}

	public String prefixPattern() {
		return escape(text) + "%";
	}

	public String containsPattern() {
		return "%" + escape(text) + "%";
	}

	/** Two-character grams when the text has at least two characters; empty otherwise. */
	public List<String> grams() {
		return text.codePointCount(0, text.length()) < 2 ? List.of() : NameGrams.of(text);
	}

	static String escape(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
