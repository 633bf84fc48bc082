package org.weijian.monitoring.run;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Uploads datasets, requests runs and waits for them the way a script would: through the REST API with a bearer token. */
public final class RunFixture {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvc mvc;

	public RunFixture(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** The labelled sample (src/test/resources/claims-sample). */
	public static Path sample() {
		try {
			return Path.of(RunFixture.class.getResource("/claims-sample/mdtrt_d.csv").toURI()).getParent();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public JsonNode uploadSample(String bearer, String name) throws Exception {
		Path dir = sample();
		return upload(bearer, name, null, dir.resolve("mdtrt_d.csv"), dir.resolve("fee_list_d.csv"), dir.resolve("hilist_kb.csv"),
				dir.resolve("peers.csv"), 201);
	}

	public JsonNode upload(String bearer, String name, @Nullable String region, Path visits, Path fees, Path kb, @Nullable Path peers,
			int expected) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/monitoring/datasets");
		request.file(part("visits", visits)).file(part("fees", fees)).file(part("kb", kb));
		if (peers != null) {
			request.file(part("peers", peers));
		}
		request.param("name", name);
		if (region != null) {
			request.param("regionCode", region);
		}
		return read(mvc.perform(request.header("Authorization", bearer)).andExpect(status().is(expected)).andReturn().getResponse()
			.getContentAsString());
	}

	public JsonNode requestRun(String bearer, long datasetId, String version, boolean skipBadRows, int expected) throws Exception {
		return read(mvc.perform(post("/api/v1/monitoring/runs").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("datasetId", datasetId, "ruleBaseVersion", version, "skipBadRows", skipBadRows))))
			.andExpect(status().is(expected)).andReturn().getResponse().getContentAsString());
	}

	public JsonNode replay(String bearer, long runId, String version, int expected) throws Exception {
		return read(mvc.perform(post("/api/v1/monitoring/runs/" + runId + "/replay").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of("ruleBaseVersion", version))))
			.andExpect(status().is(expected)).andReturn().getResponse().getContentAsString());
	}

	/** Polls the run until it has finished (at most two minutes). */
	public JsonNode await(String bearer, long runId) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (true) {
			JsonNode run = getJson(bearer, "/api/v1/monitoring/runs/" + runId, 200);
			String status = run.path("status").asString();
			if (status.equals("SUCCEEDED") || status.equals("REFUSED") || status.equals("FAILED")) {
				return run;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("run " + runId + " still " + status);
			}
			Thread.sleep(200);
		}
	}

	public JsonNode getJson(String bearer, String path, int expected) throws Exception {
		return read(mvc.perform(get(path).header("Authorization", bearer)).andExpect(status().is(expected)).andReturn().getResponse()
			.getContentAsString());
	}

	public byte[] download(String bearer, String path, int expected) throws Exception {
		return mvc.perform(get(path).header("Authorization", bearer)).andExpect(status().is(expected)).andReturn().getResponse()
			.getContentAsByteArray();
	}

	private static MockMultipartFile part(String name, Path file) throws Exception {
		return new MockMultipartFile(name, file.getFileName().toString(), "text/csv", Files.readAllBytes(file));
	}

	private static JsonNode read(String body) {
		return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
	}

}
