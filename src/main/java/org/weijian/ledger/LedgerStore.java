package org.weijian.ledger;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.weijian.ledger.merkle.CompactRange;
import org.weijian.ledger.merkle.HashAlgorithm;
import org.weijian.ledger.merkle.MerkleProofs.Key;

/** SQL for the ledger tables. Callers hold the advisory lock when they write. */
@Component
class LedgerStore {

	/** The advisory lock that serialises appends and head signing ("LEDG"). */
	static final long LOCK_KEY = 0x4C454447L;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	LedgerStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	void lock() {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query((rs, n) -> 1).single();
	}

	long size() {
		return jdbc.sql("select coalesce(max(leaf_index) + 1, 0) from ledger_entry").query(Long.class).single();
	}

	/** The right edge of the stored tree of {@code size} leaves. */
	CompactRange edge(HashAlgorithm algorithm, long size) {
		List<long[]> keys = CompactRange.keys(size);
		Map<Key, byte[]> found = subtrees(keys.stream().map(k -> new Key((int) k[0], k[1])).toList());
		List<byte[]> hashes = new ArrayList<>();
		for (long[] k : keys) {
			byte[] h = found.get(new Key((int) k[0], k[1]));
			if (h == null) {
				throw new IllegalStateException("The ledger lacks subtree " + k[0] + "/" + k[1] + " of a tree of size " + size);
			}
			hashes.add(h);
		}
		return CompactRange.of(algorithm, size, hashes);
	}

	/** Fetches perfect-subtree hashes: level 0 from the leaves, higher levels from ledger_node. */
	Map<Key, byte[]> subtrees(Collection<Key> keys) {
		Map<Key, byte[]> out = new HashMap<>();
		List<Long> leaves = new ArrayList<>();
		List<Short> levels = new ArrayList<>();
		List<Long> indexes = new ArrayList<>();
		for (Key k : keys) {
			if (k.level() == 0) {
				leaves.add(k.index());
			}
			else {
				levels.add((short) k.level());
				indexes.add(k.index());
			}
		}
		if (!leaves.isEmpty()) {
			template.query(con -> {
				PreparedStatement ps = con.prepareStatement("select leaf_index, leaf_hash from ledger_entry where leaf_index = any(?)");
				ps.setArray(1, con.createArrayOf("bigint", leaves.toArray()));
				return ps;
			}, rs -> {
				out.put(new Key(0, rs.getLong(1)), rs.getBytes(2));
			});
		}
		if (!levels.isEmpty()) {
			template.query(con -> {
				PreparedStatement ps = con.prepareStatement("select n.level, n.idx, n.hash from unnest(?::smallint[], ?::bigint[]) k(l, i) "
						+ "cross join lateral (select level, idx, hash from ledger_node where level = k.l and idx = k.i) n");
				ps.setArray(1, con.createArrayOf("smallint", levels.toArray()));
				ps.setArray(2, con.createArrayOf("bigint", indexes.toArray()));
				return ps;
			}, rs -> {
				out.put(new Key(rs.getInt(1), rs.getLong(2)), rs.getBytes(3));
			});
		}
		return out;
	}

	/** A new leaf, ready to insert. */
	record NewEntry(long leafIndex, byte[] leafHash, byte[] leafInput, String type, boolean publicAct, String subjectType,
			String subjectId, Instant createdAt) {
	}

	/** Inserts leaves and completed subtrees with one statement each (arrays unnested on the server). */
	void insert(List<NewEntry> entries, List<CompactRange.Node> nodes) {
		int n = entries.size();
		Long[] idx = new Long[n];
		byte[][] hashes = new byte[n][];
		byte[][] inputs = new byte[n][];
		String[] types = new String[n];
		Boolean[] publics = new Boolean[n];
		String[] subjectTypes = new String[n];
		String[] subjectIds = new String[n];
		Timestamp[] created = new Timestamp[n];
		for (int i = 0; i < n; i++) {
			NewEntry e = entries.get(i);
			idx[i] = e.leafIndex();
			hashes[i] = e.leafHash();
			inputs[i] = e.leafInput();
			types[i] = e.type();
			publics[i] = e.publicAct();
			subjectTypes[i] = e.subjectType();
			subjectIds[i] = e.subjectId();
			created[i] = Timestamp.from(e.createdAt());
		}
		template.update(con -> {
			PreparedStatement ps = con.prepareStatement("insert into ledger_entry (leaf_index, leaf_hash, leaf_input, entry_type, "
					+ "public_act, subject_type, subject_id, created_at) select * from unnest(?::bigint[], ?::bytea[], ?::bytea[], "
					+ "?::text[], ?::boolean[], ?::text[], ?::text[], ?::timestamptz[])");
			ps.setArray(1, con.createArrayOf("bigint", idx));
			ps.setArray(2, bytea(con, hashes));
			ps.setArray(3, bytea(con, inputs));
			ps.setArray(4, con.createArrayOf("text", types));
			ps.setArray(5, con.createArrayOf("boolean", publics));
			ps.setArray(6, con.createArrayOf("text", subjectTypes));
			ps.setArray(7, con.createArrayOf("text", subjectIds));
			ps.setArray(8, con.createArrayOf("timestamptz", created));
			return ps;
		});
		if (nodes.isEmpty()) {
			return;
		}
		Short[] levels = new Short[nodes.size()];
		Long[] nodeIdx = new Long[nodes.size()];
		byte[][] nodeHashes = new byte[nodes.size()][];
		for (int i = 0; i < nodes.size(); i++) {
			levels[i] = (short) nodes.get(i).level();
			nodeIdx[i] = nodes.get(i).index();
			nodeHashes[i] = nodes.get(i).hash();
		}
		template.update(con -> {
			PreparedStatement ps = con.prepareStatement(
					"insert into ledger_node (level, idx, hash) select * from unnest(?::smallint[], ?::bigint[], ?::bytea[])");
			ps.setArray(1, con.createArrayOf("smallint", levels));
			ps.setArray(2, con.createArrayOf("bigint", nodeIdx));
			ps.setArray(3, bytea(con, nodeHashes));
			return ps;
		});
	}

	private static Array bytea(Connection con, byte[][] values) throws SQLException {
		return con.createArrayOf("bytea", values);
	}

	/** The lowest leaf with this hash below {@code limit}. */
	Optional<LedgerEntryView> entryByHash(byte[] leafHash, long limit) {
		return jdbc.sql("with m as materialized (select leaf_index, leaf_hash, leaf_input, entry_type, public_act from ledger_entry "
				+ "where leaf_hash = ?) select * from m where leaf_index < ? order by leaf_index limit 1")
			.params(leafHash, limit)
			.query(LedgerStore::entryView)
			.optional();
	}

	List<LedgerEntryView> entries(long start, long endInclusive) {
		return jdbc.sql("select leaf_index, leaf_hash, leaf_input, entry_type, public_act from ledger_entry "
				+ "where leaf_index between ? and ? order by leaf_index")
			.params(start, endInclusive)
			.query(LedgerStore::entryView)
			.list();
	}

	private static LedgerEntryView entryView(java.sql.ResultSet rs, int row) throws SQLException {
		boolean isPublic = rs.getBoolean("public_act");
		return new LedgerEntryView(rs.getLong("leaf_index"), rs.getBytes("leaf_hash"), isPublic ? rs.getBytes("leaf_input") : null,
				rs.getString("entry_type"), isPublic);
	}

	Optional<SignedTreeHead> latestHead() {
		return jdbc.sql("select tree_size, timestamp_ms, root_hash, signature, key_id from ledger_tree_head order by id desc limit 1")
			.query(LedgerStore::head)
			.optional();
	}

	List<SignedTreeHead> heads(long fromSize, long toSize, int limit) {
		return jdbc.sql("select tree_size, timestamp_ms, root_hash, signature, key_id from ledger_tree_head "
				+ "where tree_size between ? and ? order by tree_size, timestamp_ms, id limit ?")
			.params(fromSize, toSize, limit)
			.query(LedgerStore::head)
			.list();
	}

	void insertHead(SignedTreeHead head) {
		jdbc.sql("insert into ledger_tree_head (tree_size, timestamp_ms, root_hash, signature, key_id) values (?, ?, ?, ?, ?)")
			.params(head.treeSize(), head.timestampMillis(), head.rootHash(), head.signature(), head.keyId())
			.update();
	}

	private static SignedTreeHead head(java.sql.ResultSet rs, int row) throws SQLException {
		return new SignedTreeHead(rs.getLong(1), rs.getLong(2), rs.getBytes(3), rs.getBytes(4), rs.getString(5));
	}

}
