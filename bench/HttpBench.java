import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weijian's HTTP benchmark (JDK only; run with `java bench/HttpBench.java BASE_URL USER PASSWORD`).
 * Measures, against a running server: institution search latency for Chinese-name prefixes and for
 * credit-code look-ups (sequential, after a warm-up), and the institution detail page under 50
 * concurrent logged-in clients. Prints p50/p95/p99 in milliseconds and the ratio to the goal.
 */
public class HttpBench {

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://localhost:8080";
		String user = args.length > 1 ? args[1] : "inspector.panjin";
		String password = args.length > 2 ? args[2] : "Demo@2026";
		int samples = Integer.getInteger("samples", 1000);
		int clients = Integer.getInteger("clients", 50);
		int perClient = Integer.getInteger("perClient", 40);
		String token = token(base, user, password);
		Random random = new Random(20261123);

		List<String[]> sample = sampleInstitutions(base, token, random, 40);
		System.out.printf("sampled %d institutions%n", sample.size());

		List<Double> prefix = new ArrayList<>();
		List<Double> credit = new ArrayList<>();
		for (int i = 0; i < samples + 200; i++) {
			String[] inst = sample.get(random.nextInt(sample.size()));
			String name = inst[1];
			String q = name.substring(0, Math.min(name.length(), 2 + random.nextInt(3)));
			double a = timeGet(base + "/api/v1/institutions?q=" + enc(q), token);
			double b = timeGet(base + "/api/v1/institutions?q=" + enc(inst[2]), token);
			if (i >= 200) {
				prefix.add(a);
				credit.add(b);
			}
		}
		report("search: Chinese-name prefix", prefix, 50);
		report("search: credit-code look-up", credit, 50);

		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<List<Double>>> futures = new ArrayList<>();
		long started = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				HttpClient session = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
				login(session, base, user, password);
				Random r = new Random();
				List<Double> times = new ArrayList<>();
				for (int i = 0; i < perClient; i++) {
					String id = sample.get(r.nextInt(sample.size()))[0];
					long t0 = System.nanoTime();
					HttpResponse<String> page = session.send(HttpRequest.newBuilder(URI.create(base + "/institutions/" + id)).build(),
							HttpResponse.BodyHandlers.ofString());
					if (page.statusCode() != 200) {
						throw new IllegalStateException("detail page " + id + " answered " + page.statusCode());
					}
					times.add((System.nanoTime() - t0) / 1e6);
				}
				return times;
			}));
		}
		List<Double> detail = new ArrayList<>();
		for (Future<List<Double>> f : futures) {
			detail.addAll(f.get());
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		report("detail page, " + clients + " concurrent clients", detail, 0);
		System.out.printf("detail page throughput: %.0f pages/s%n", detail.size() / seconds);
	}

	static List<String[]> sampleInstitutions(String base, String token, Random random, int pages) throws Exception {
		List<String[]> out = new ArrayList<>();
		String first = get(base + "/api/v1/institutions?size=200", token);
		long total = Long.parseLong(field(first, "totalElements"));
		int lastPage = (int) Math.max(0, Math.min(total / 200 - 1, 10_000));
		Pattern item = Pattern.compile("\\{\"id\":(\\d+),[^{}]*?\"name\":\"([^\"]+)\"[^{}]*?\"uscc\":\"([0-9A-Z]{18})\"");
		for (int p = 0; p < pages; p++) {
			String body = get(base + "/api/v1/institutions?size=200&page=" + random.nextInt(lastPage + 1), token);
			Matcher m = item.matcher(body);
			while (m.find()) {
				out.add(new String[] { m.group(1), m.group(2), m.group(3) });
			}
		}
		if (out.isEmpty()) {
			throw new IllegalStateException("no institutions with credit codes found at " + base);
		}
		return out;
	}

	static void report(String what, List<Double> ms, double goalP95) {
		List<Double> sorted = new ArrayList<>(ms);
		Collections.sort(sorted);
		double p50 = pct(sorted, 50), p95 = pct(sorted, 95), p99 = pct(sorted, 99);
		System.out.printf("%-40s n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms%s%n", what, sorted.size(), p50, p95, p99,
				goalP95 > 0 ? String.format(" (p95 / goal %.0f ms = %.2f)", goalP95, p95 / goalP95) : "");
	}

	static double pct(List<Double> sorted, int p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

	static double timeGet(String url, String token) throws Exception {
		long t0 = System.nanoTime();
		get(url, token);
		return (System.nanoTime() - t0) / 1e6;
	}

	static String get(String url, String token) throws Exception {
		HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
				HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
		}
		return r.body();
	}

	static String token(String base, String user, String password) throws Exception {
		String body = "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}";
		HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		return field(r.body(), "access_token");
	}

	static void login(HttpClient session, String base, String user, String password) throws Exception {
		String form = session.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String post = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
		HttpResponse<String> r = session.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(post))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 302 || !r.headers().firstValue("Location").orElse("").matches(".*/(\\?.*)?$") || r.headers().firstValue("Location").orElse("").contains("login")) {
			throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.headers().firstValue("Location"));
		}
	}

	static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("no " + name + " in " + json);
		}
		return m.group(1);
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
