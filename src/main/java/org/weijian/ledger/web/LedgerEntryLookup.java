package org.weijian.ledger.web;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what the public entry page and the document QR codes need about stored entries: the subject and
 * time of an entry by its leaf hash, and the latest entry of a subject (a licence, a registration request).
 */
@Component
class LedgerEntryLookup {

	/** A stored entry; {@code leafInput} is the stored bytes (for the server-side hash check), shown only if public. */
	record StoredEntry(long leafIndex, byte[] leafHash, byte[] leafInput, String type, boolean publicAct, String subjectType,
			String subjectId, Instant recordedAt) {
	}

	private final JdbcClient jdbc;

	LedgerEntryLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredEntry> byHash(byte[] leafHash) {
		return jdbc.sql("""
				select leaf_index, leaf_hash, leaf_input, entry_type, public_act, subject_type, subject_id, created_at
				from ledger_entry where leaf_hash = ? order by leaf_index limit 1""")
			.param(leafHash)
			.query((rs, n) -> new StoredEntry(rs.getLong(1), rs.getBytes(2), rs.getBytes(3), rs.getString(4), rs.getBoolean(5),
					rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
			.optional();
	}

	/** The leaf hash of the subject's latest entry, if it has one. */
	@Nullable
	byte[] latestOf(String subjectType, String subjectId) {
		return jdbc.sql("""
				select leaf_hash from ledger_entry where subject_type = ? and subject_id = ?
				order by leaf_index desc limit 1""")
			.params(subjectType, subjectId)
			.query(byte[].class)
			.optional()
			.orElse(null);
	}

}
