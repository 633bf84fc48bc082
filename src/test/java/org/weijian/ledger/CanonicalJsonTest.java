package org.weijian.ledger;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.weijian.ledger.json.CanonicalJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * RFC 8785 examples (§3.2.2.2 string escaping, §3.2.3 member sorting) and the cyberphone/json-canonicalization
 * test data ({@code weird.json}, {@code french.json}, {@code unicode.json}), written here as Java values.
 */
class CanonicalJsonTest {

	@Test
	void escapesStringsAsRfc8785Section3222() {
		String value = "\u20ac$\u000F\nA'\u0042\"\\\\\"/";
		Map<String, Object> in = new LinkedHashMap<>();
		in.put("string", value);
		in.put("literals", java.util.Arrays.asList(null, true, false));
		assertThat(CanonicalJson.write(in))
			.isEqualTo("{\"literals\":[null,true,false],\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
	}

	@Test
	void sortsMembersByUtf16CodeUnitsAsRfc8785Section323() {
		Map<String, Object> in = new LinkedHashMap<>();
		in.put("\u20ac", "Euro Sign");
		in.put("\r", "Carriage Return");
		in.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
		in.put("1", "One");
		in.put("\ud83d\ude00", "Emoji: Grinning Face");
		in.put("\u0080", "Control");
		in.put("\u00f6", "Latin Small Letter O With Diaeresis");
		String out = CanonicalJson.write(in);
		assertThat(out).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
				+ "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
				+ "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
	}

	@Test
	void matchesTheJcsReferenceTestDataWeird() {
		Map<String, Object> in = new LinkedHashMap<>();
		in.put("\u20ac", "Euro Sign");
		in.put("1", "One");
		in.put("\u0080", "Control\u007f");
		in.put("\ud83d\ude02", "Smiley");
		in.put("\u00f6", "Latin Small Letter O With Diaeresis");
		in.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
		in.put("</script>", "Browser Challenge");
		assertThat(CanonicalJson.write(in)).isEqualTo("{\"1\":\"One\",\"</script>\":\"Browser Challenge\",\"\u0080\":\"Control\u007f\","
				+ "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\",\"\ud83d\ude02\":\"Smiley\","
				+ "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
	}

	@Test
	void ignoresLocaleAndLeavesUnicodeUnnormalised() {
		Map<String, Object> french = Map.of("peach", "This sorting order", "p\u00e9ch\u00e9", "is wrong according to French",
				"p\u00eache", "but canonicalization MUST", "sin", "ingnore locale");
		assertThat(CanonicalJson.write(french)).isEqualTo("{\"peach\":\"This sorting order\",\"p\u00e9ch\u00e9\":\"is wrong according to French\","
				+ "\"p\u00eache\":\"but canonicalization MUST\",\"sin\":\"ingnore locale\"}");
		assertThat(CanonicalJson.write(Map.of("Unnormalized Unicode", "\u1e0d\u0307")))
			.isEqualTo("{\"Unnormalized Unicode\":\"\u1e0d\u0307\"}");
	}

	@Test
	void writesIntegersAsDigitsAndDecimalsAsStrings() {
		Map<String, Object> in = new LinkedHashMap<>();
		in.put("b", List.of(0, -1, 9_007_199_254_740_991L, BigInteger.valueOf(-9_007_199_254_740_991L)));
		in.put("a", new BigDecimal("1.50"));
		in.put("c", Map.of());
		in.put("d", List.of());
		in.put("e", "\u0000\u001f\b\f\t");
		assertThat(CanonicalJson.write(in))
			.isEqualTo("{\"a\":\"1.50\",\"b\":[0,-1,9007199254740991,-9007199254740991],\"c\":{},\"d\":[],\"e\":\"\\u0000\\u001f\\b\\f\\t\"}");
	}

	@Test
	void refusesValuesWithoutOneCanonicalForm() {
		assertThatThrownBy(() -> CanonicalJson.write(Map.of("x", List.of(1, 2.5)))).isInstanceOf(CanonicalJson.NotCanonicalException.class)
			.hasMessageContaining("$.x[1]")
			.hasMessageContaining("floating-point");
		assertThatThrownBy(() -> CanonicalJson.write(Map.of("f", 1.0f))).isInstanceOf(CanonicalJson.NotCanonicalException.class);
		assertThatThrownBy(() -> CanonicalJson.write(Map.of("n", 9_007_199_254_740_992L)))
			.isInstanceOf(CanonicalJson.NotCanonicalException.class);
		assertThatThrownBy(() -> CanonicalJson.write(Map.of("s", "a\ud800b"))).hasMessageContaining("lone surrogate");
		assertThatThrownBy(() -> CanonicalJson.write(Map.of("s", "\udc00"))).hasMessageContaining("lone surrogate");
		assertThatThrownBy(() -> CanonicalJson.write(Map.of(1, "x"))).hasMessageContaining("names must be strings");
		assertThatThrownBy(() -> CanonicalJson.write(Map.of("d", java.time.LocalDate.of(2026, 1, 1))))
			.hasMessageContaining("LocalDate");
	}

}
