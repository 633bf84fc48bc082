package org.weijian.registry.subject;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.weijian.registry.SubjectKind;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the category dictionary ({@code subject_category}). */
@Component
public class SubjectCategories {

	private static final TypeReference<List<AttributeDefinition>> DEFINITIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private volatile List<SubjectCategory> cached = List.of();

	SubjectCategories(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Every category, held in memory: imports check thousands of rows against it. */
	public List<SubjectCategory> all() {
		if (cached.isEmpty()) {
			reload();
		}
		return cached;
	}

	/** Re-reads the dictionary after a category was added or changed. */
	public void reload() {
		cached = jdbc.sql("SELECT code, kind, name_zh, name_en, attributes::text, sort_order, active FROM subject_category ORDER BY sort_order, code")
			.query((rs, i) -> new SubjectCategory(rs.getString(1), SubjectKind.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), json.readValue(rs.getString(5), DEFINITIONS), rs.getInt(6), rs.getBoolean(7)))
			.list();
	}

	public List<SubjectCategory> of(SubjectKind kind) {
		return all().stream().filter(c -> c.kind() == kind).toList();
	}

	public Optional<SubjectCategory> find(String code) {
		return all().stream().filter(c -> c.code().equals(code)).findFirst();
	}

}
