package org.weijian.inspection.calendar;

import java.sql.Date;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rule tables {@code inspection_calendar_year} and {@code inspection_calendar_day}. */
@Repository
class CalendarStore {

	private static final String YEAR = "SELECT year, notice, document_no, published_on, confidence, notes FROM inspection_calendar_year";

	private final JdbcClient jdbc;

	CalendarStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CalendarYear> years() {
		return jdbc.sql(YEAR + " ORDER BY year").query((rs, n) -> year(rs)).list();
	}


	List<CalendarDay> days() {
		return jdbc.sql("SELECT day, kind, holiday FROM inspection_calendar_day ORDER BY day")
			.query((rs, n) -> new CalendarDay(rs.getDate("day").toLocalDate(), DayKind.valueOf(rs.getString("kind")), rs.getString("holiday")))
			.list();
	}

	private static CalendarYear year(java.sql.ResultSet rs) throws java.sql.SQLException {
		Date published = rs.getDate("published_on");
		return new CalendarYear(rs.getInt("year"), rs.getString("notice"), rs.getString("document_no"),
				published == null ? null : published.toLocalDate(), rs.getString("confidence"), rs.getString("notes"));
	}

}
