package org.weijian.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.weijian.agency.Inspectors;
import org.weijian.inspection.draw.DrawVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.weijian.support.DemoContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo starts with one 盘锦市 plan drawn — entered by leader.panjin, confirmed by reviewer.panjin, its
 * record public and recomputed by the verifier — and a second plan announced and waiting for its sources;
 * the demo inspector account works as an inspector chosen in the draw.
 */
@DemoContext
class InspectionSeedingIT {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Inspectors inspectors;

	@Test
	void theDemoHasADrawnPlanAndOneWaitingForItsSources() throws Exception {
		assertThat(jdbc.sql("select count(*) from demo_load where step = 'inspection'").query(Long.class).single()).isEqualTo(1);
		JsonNode list = JSON.readTree(get("/api/v1/public/draws?size=200").body());
		JsonNode drawn = null;
		JsonNode waiting = null;
		for (JsonNode item : list.path("items")) {
			if (item.path("title").asString().equals(InspectionSeeding.DRAWN_TITLE)) {
				drawn = item;
			}
			if (item.path("title").asString().equals(InspectionSeeding.WAITING_TITLE)) {
				waiting = item;
			}
		}
		assertThat(drawn).isNotNull();
		assertThat(waiting).isNotNull();
		assertThat(drawn.path("status").asString()).isEqualTo("DRAWN");
		assertThat(waiting.path("status").asString()).isEqualTo("ANNOUNCED");
		assertThat(get("/api/v1/public/draws/" + waiting.path("id").asString()).statusCode()).isEqualTo(404);

		HttpResponse<byte[]> record = HTTP.send(request("/api/v1/public/draws/" + drawn.path("id").asString()),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(record.statusCode()).isEqualTo(200);
		assertThat(DrawVerifier.verify(record.body()).ok()).isTrue();
		JsonNode r = JSON.readTree(record.body());
		assertThat(r.path("sources")).hasSize(3);
		assertThat(r.path("sources").get(0).path("values")).hasSize(6);
		assertThat(r.path("tasks").size()).isPositive();

		assertThat(jdbc.sql("select entered_by || '>' || confirmed_by from inspection_draw where draw_id = ?")
			.param(drawn.path("id").asString())
			.query(String.class)
			.single()).isEqualTo("leader.panjin>reviewer.panjin");
		assertThat(inspectors.findByAccount("inspector.panjin")).isPresent();
		assertThat(get("/public/draws/" + drawn.path("id").asString()).statusCode()).isEqualTo(200);
		assertThat(get("/public/draws").body()).contains(InspectionSeeding.WAITING_TITLE);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(request(path), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
	}

}
