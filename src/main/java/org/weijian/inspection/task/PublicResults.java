package org.weijian.inspection.task;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.weijian.inspection.InspectionOutcome;
import org.weijian.shared.DivisionCode;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.error.Violations;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/** The published results (一公开), for anyone: no login, no scope, only what {@link PublicResult} holds. */
@Component
public class PublicResults {

	private static final String SELECT = """
			SELECT id, plan_id, plan_title, draw_id, task_index, subject_id, subject_name, published_uscc, region_code, category_code,
			  outcome, completed_on, published_at FROM inspection_task""";

	private final JdbcClient jdbc;

	private final Clock clock;

	PublicResults(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Published results, newest publication first; filters by plan id, draw id and region (subtree). */
	public PageResult<PublicResult> page(@Nullable Long planId, @Nullable String drawId, @Nullable String region, PageQuery page) {
		Violations v = new Violations();
		String pattern = region == null || region.isBlank() ? "%"
				: v.parse("region", region, r -> DivisionCode.significantPrefix(DivisionCode.of(r.strip()).value()) + "%");
		if (drawId != null && drawId.length() > 100) {
			v.add("draw", "error.field.too-long", 100);
		}
		v.throwIfAny();
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder(" WHERE status = 'PUBLISHED' AND region_code LIKE ?");
		params.add(pattern);
		if (planId != null) {
			where.append(" AND plan_id = ?");
			params.add(planId);
		}
		if (drawId != null && !drawId.isBlank()) {
			where.append(" AND draw_id = ?");
			params.add(drawId.strip());
		}
		long total = jdbc.sql("SELECT count(*) FROM inspection_task" + where).params(params).query(Long.class).single();
		params.add(page.size());
		params.add(page.offset());
		List<PublicResult> items = jdbc.sql(SELECT + where + " ORDER BY published_at DESC, id DESC LIMIT ? OFFSET ?")
			.params(params)
			.query(this::map)
			.list();
		return PageResult.of(items, page, total);
	}

	/** One published result; 404 when there is none (or it is not published). */
	public PublicResult get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("error.inspection.result.not-found", id));
	}

	public Optional<PublicResult> find(long id) {
		return jdbc.sql(SELECT + " WHERE id = ? AND status = 'PUBLISHED'").param(id).query(this::map).optional();
	}

	private PublicResult map(ResultSet rs, int row) throws SQLException {
		Date completed = rs.getDate("completed_on");
		return new PublicResult(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_title"), rs.getString("draw_id"),
				rs.getInt("task_index"), String.valueOf(rs.getLong("subject_id")), rs.getString("subject_name"),
				rs.getString("published_uscc"), rs.getString("region_code"), rs.getString("category_code"),
				InspectionOutcome.valueOf(rs.getString("outcome")), completed.toLocalDate(),
				rs.getTimestamp("published_at").toInstant().atZone(clock.getZone()).toLocalDate());
	}

}
