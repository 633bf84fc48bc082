package org.weijian.registry.licence;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the licence kinds ({@code licence_kind}); rows are maintained by migrations and administrators. */
@Repository
public class LicenceKinds {

	private final JdbcClient jdbc;

	LicenceKinds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<LicenceKind> active() {
		return jdbc.sql("SELECT * FROM licence_kind WHERE active ORDER BY sort_order, code").query(this::map).list();
	}

	public Optional<LicenceKind> find(String code) {
		return jdbc.sql("SELECT * FROM licence_kind WHERE code = ? AND active").param(code).query(this::map).optional();
	}

	private LicenceKind map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new LicenceKind(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"), rs.getString("holder_kind"),
				rs.getInt("default_validity_years"), rs.getString("validity_basis"), rs.getString("validity_confidence"),
				rs.getString("verification_rule_set"));
	}

}
