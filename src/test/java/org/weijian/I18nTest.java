package org.weijian;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UI text comes only from message bundles: every bundle has the same keys in zh-CN (the default) and
 * English, every key a template uses exists, and templates hold no literal words.
 */
class I18nTest {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

	private static final Pattern WORD = Pattern.compile("\\p{L}");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "value", "label");

	@Test
	void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
		for (Path base : baseBundles()) {
			Path english = base.resolveSibling(base.getFileName().toString().replace(".properties", "_en.properties"));
			assertThat(english).as("English bundle for %s", base).exists();
			assertThat(load(english).stringPropertyNames()).as("keys of %s vs %s", english, base)
				.containsExactlyInAnyOrderElementsOf(load(base).stringPropertyNames());
		}
	}

	@Test
	void noBundleDefinesAKeyTwice() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.toList()) {
				Set<String> seen = new HashSet<>();
				List<String> duplicates = new ArrayList<>();
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					int eq = line.indexOf('=');
					if (line.isBlank() || line.startsWith("#") || eq < 0) {
						continue;
					}
					String key = line.substring(0, eq).strip();
					if (!seen.add(key)) {
						duplicates.add(key);
					}
				}
				assertThat(duplicates).as("keys defined twice in %s", file).isEmpty();
			}
		}
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Set<String> keys = new HashSet<>();
		for (Path base : baseBundles()) {
			keys.addAll(load(base).stringPropertyNames());
		}
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher m = KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
			while (m.find()) {
				if (!keys.contains(m.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).as("message keys used in templates but missing from the bundles").isEmpty();
	}

	@Test
	void templatesHoldNoLiteralWords() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			Document doc = Jsoup.parse(Files.readString(template, StandardCharsets.UTF_8), "", Parser.htmlParser());
			for (Element e : doc.getAllElements()) {
				if (e.tagName().equals("script") || e.tagName().equals("style") || replacesContent(e)) {
					continue;
				}
				for (TextNode text : e.textNodes()) {
					if (WORD.matcher(text.text()).find()) {
						literals.add(TEMPLATES.relativize(template) + " <" + e.tagName() + ">: " + text.text().strip());
					}
				}
				e.attributes().forEach(a -> {
					if (TEXT_ATTRIBUTES.contains(a.getKey()) && WORD.matcher(a.getValue()).find()
							&& !(a.getKey().equals("value") && !e.tagName().equals("button") && !"submit".equals(e.attr("type")))) {
						literals.add(TEMPLATES.relativize(template) + " @" + a.getKey() + ": " + a.getValue());
					}
				});
			}
		}
		assertThat(literals).as("literal text in templates (use th:text=\"#{key}\")").isEmpty();
	}

	@Test
	void theCheckCatchesLiteralText() {
		Document doc = Jsoup.parse("<p>盘锦</p><p th:text=\"#{x}\">placeholder</p><input placeholder=\"Search\">");
		long offending = doc.getAllElements().stream()
			.filter(e -> !replacesContent(e))
			.filter(e -> e.textNodes().stream().anyMatch(t -> WORD.matcher(t.text()).find())
					|| WORD.matcher(e.attr("placeholder")).find())
			.count();
		assertThat(offending).isEqualTo(2);
	}

	private static boolean replacesContent(Element e) {
		return e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace") || e.hasAttr("th:insert");
	}

	private static List<Path> baseBundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.filter(p -> p.toString().endsWith(".properties") && !p.getFileName().toString().contains("_")).sorted().toList();
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(file); Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
			p.load(r);
		}
		return p;
	}

}
