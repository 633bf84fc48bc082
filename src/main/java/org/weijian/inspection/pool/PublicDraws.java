package org.weijian.inspection.pool;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.weijian.inspection.draw.PoolDigest;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the public sees of announcements and draws (no login, no scope: all of it is published): the
 * list, each announcement as published, each draw record's bytes exactly as stored, the canonical pool
 * listings whose SHA-256 is the announced digest, and a readable view of a record for the public page.
 */
@Service
public class PublicDraws {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final PoolStore store;

	private final JsonMapper json;

	PublicDraws(PoolStore store, JsonMapper json) {
		this.store = store;
		this.json = json;
	}

	PageResult<PublicDrawItem> page(PageQuery page) {
		return PageResult.of(store.page(page), page, store.count());
	}

	AnnouncementRow announcement(String drawId) {
		return store.announcementByDrawId(drawId).orElseThrow(() -> new NotFoundException("error.inspection.draw.not-found", drawId));
	}

	AnnouncementRow announcementOfPlan(long planId) {
		return store.announcement(planId).orElseThrow(() -> new NotFoundException("error.inspection.draw.not-found", planId));
	}

	Map<String, Object> document(AnnouncementRow a) {
		return json.readValue(a.body(), MAP);
	}

	Optional<DrawRow> draw(String drawId) {
		return store.drawByDrawId(drawId);
	}

	/** The stored record bytes; 404 for an unknown id, and a distinct 404 for one announced but not drawn yet. */
	byte[] record(String drawId) {
		AnnouncementRow a = announcement(drawId);
		return store.draw(a.planId())
			.map(DrawRow::record)
			.orElseThrow(() -> new NotFoundException("error.inspection.draw.not-drawn", drawId, a.announcedAt().toString()));
	}

	/** The object pool's canonical listing ({@code id\tstratum\n} by id in UTF-8 order). */
	String objectListing(String drawId) {
		AnnouncementRow a = announcement(drawId);
		return PoolDigest.objectListing(store.objects(a.planId()).stream().map(Announcements::poolObject).toList());
	}

	/** The inspector pool's canonical listing ({@code id\n} by id in UTF-8 order). */
	String inspectorListing(String drawId) {
		AnnouncementRow a = announcement(drawId);
		return PoolDigest.inspectorListing(store.inspectors(a.planId()).stream().map(i -> String.valueOf(i.inspectorId())).toList());
	}

	/** The record laid out for the public page: strata with the selected subjects' names, tasks with their draws. */
	@Nullable
	RecordView recordView(AnnouncementRow a) {
		Optional<DrawRow> draw = store.draw(a.planId());
		if (draw.isEmpty()) {
			return null;
		}
		Map<String, String> names = new HashMap<>();
		store.objects(a.planId()).forEach(o -> names.put(String.valueOf(o.subjectId()), o.name()));
		JsonNode root = json.readTree(draw.get().record());
		List<RecordView.Stratum> strata = new ArrayList<>();
		for (JsonNode s : root.path("strata")) {
			List<RecordView.Named> selected = new ArrayList<>();
			for (JsonNode id : s.path("selected")) {
				if (selected.size() == RecordView.SHOWN) {
					break;
				}
				selected.add(new RecordView.Named(id.asString(), names.get(id.asString())));
			}
			strata.add(new RecordView.Stratum(s.path("tier").asString(), s.path("ratio").asString(), s.path("candidates").size(),
					s.path("k").asInt(), selected));
		}
		List<RecordView.Task> tasks = new ArrayList<>();
		for (JsonNode t : root.path("tasks")) {
			if (tasks.size() == RecordView.SHOWN) {
				break;
			}
			List<RecordView.Draw> draws = new ArrayList<>();
			for (JsonNode d : t.path("draws")) {
				List<String> chosen = new ArrayList<>();
				d.path("chosen").forEach(c -> chosen.add(c.asString()));
				draws.add(new RecordView.Draw(d.path("key").asString(), d.path("eligible").size(), d.path("count").asInt(), chosen));
			}
			String object = t.path("object").asString();
			tasks.add(new RecordView.Task(t.path("index").asInt(), object, names.get(object), t.path("status").asString(),
					t.path("reason").isNull() ? null : t.path("reason").asString(), draws));
		}
		List<RecordView.Source> sources = new ArrayList<>();
		for (JsonNode s : root.path("sources")) {
			List<Long> values = new ArrayList<>();
			s.path("values").forEach(v -> values.add(v.asLong()));
			sources.add(new RecordView.Source(s.path("name").asString(), values));
		}
		return new RecordView(root.path("key").asString(), sources, strata, tasks, root.path("tasks").size(), draw.get().recordSha256(), draw.get().drawnAt(),
				draw.get().enteredBy(), draw.get().confirmedBy());
	}

}
