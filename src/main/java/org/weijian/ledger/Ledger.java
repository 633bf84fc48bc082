package org.weijian.ledger;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.ledger.json.CanonicalJson;
import org.weijian.ledger.merkle.CompactRange;
import org.weijian.ledger.merkle.HashAlgorithm;
import org.weijian.shared.crypto.SecretFiles;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.Violations;

/**
 * The supervision ledger's one entry point (监管记录账本): modules append their acts with legal weight
 * here, in their own transaction, so the act and its record commit or fail together.
 */
@Service
public class Ledger {

	private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9.-]{2,63}");

	private static final int MAX_NAME = 200;

	private final LedgerStore store;

	private final HashAlgorithm algorithm;

	private final TreeHeads heads;

	private final LedgerChecks checks;

	private final LedgerProperties props;

	private final Clock clock;

	private final byte[] salt;

	Ledger(LedgerStore store, HashAlgorithm algorithm, TreeHeads heads, LedgerChecks checks, LedgerProperties props,
			Clock clock) {
		this.store = store;
		this.algorithm = algorithm;
		this.heads = heads;
		this.checks = checks;
		this.props = props;
		this.clock = clock;
		String encoded = !props.personalDataSalt().isBlank() ? props.personalDataSalt()
				: SecretFiles.readOrCreate(props.saltFile(), props.generateKey(), "ledger personal-data salt", "configure weijian.ledger.personal-data-salt (see ADR 0024)", () -> {
					byte[] fresh = new byte[32];
					new SecureRandom().nextBytes(fresh);
					return Base64.getEncoder().encodeToString(fresh);
				});
		try {
			this.salt = Base64.getDecoder().decode(encoded.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The ledger personal-data salt is not valid base64", ex);
		}
		if (salt.length < 16) {
			throw new IllegalStateException("The ledger personal-data salt must hold at least 16 bytes");
		}
	}

	/** Appends in the caller's transaction (Propagation.MANDATORY); serialised by an advisory lock. */
	@Transactional(propagation = Propagation.MANDATORY)
	public LedgerReceipt append(LedgerAct act) {
		return appendAll(List.of(act)).get(0);
	}

	/** Many acts in one transaction (batched inserts), for imports, demo data and benchmarks. */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<LedgerReceipt> appendAll(List<LedgerAct> acts) {
		if (acts.isEmpty()) {
			return List.of();
		}
		List<byte[]> inputs = new ArrayList<>(acts.size());
		List<Instant> times = new ArrayList<>(acts.size());
		for (int i = 0; i < acts.size(); i++) {
			Instant now = Instant.ofEpochMilli(clock.millis());
			times.add(now);
			inputs.add(leafInput(acts.get(i), now, acts.size() > 1 ? i : null));
		}
		store.lock();
		long size = store.size();
		CompactRange range = store.edge(algorithm, size);
		List<LedgerStore.NewEntry> entries = new ArrayList<>(acts.size());
		List<CompactRange.Node> nodes = new ArrayList<>(acts.size());
		List<LedgerReceipt> receipts = new ArrayList<>(acts.size());
		Base64.Encoder base64 = Base64.getEncoder();
		for (int i = 0; i < acts.size(); i++) {
			LedgerAct act = acts.get(i);
			byte[] leafHash = algorithm.leafHash(inputs.get(i));
			long index = range.size();
			nodes.addAll(range.append(leafHash));
			entries.add(new LedgerStore.NewEntry(index, leafHash, inputs.get(i), act.type(), act.publicAct(), act.subjectType(),
					act.subjectId(), times.get(i)));
			receipts.add(new LedgerReceipt(index, base64.encodeToString(leafHash), times.get(i)));
		}
		store.insert(entries, nodes);
		return receipts;
	}

	/** Salted digest for IDs/phones: "sha256:" + hex(SHA-256(salt || value)), salt from config/key file. */
	public String digestPersonalData(String value) {
		byte[] text = value.strip().getBytes(StandardCharsets.UTF_8);
		byte[] input = new byte[salt.length + text.length];
		System.arraycopy(salt, 0, input, 0, salt.length);
		System.arraycopy(text, 0, input, salt.length, text.length);
		return "sha256:" + HexFormat.of().formatHex(HashAlgorithm.SHA_256.hash(input));
	}

	/** Size, root and latest signed head (for dashboards, the verifier page). */
	public TreeHeadView latestHead() {
		SignedTreeHead head = heads.latest();
		Base64.Encoder base64 = Base64.getEncoder();
		return new TreeHeadView(head.treeSize(), head.timestampMillis(), algorithm.standardName(),
				base64.encodeToString(head.rootHash()), base64.encodeToString(head.signature()), heads.signatureAlgorithm(),
				head.keyId(), store.size());
	}

	/** Signs a tree head over everything appended and committed so far (also done on a schedule). */
	public TreeHeadView signTreeHead() {
		heads.signNow();
		return latestHead();
	}

	/** The alert of the latest self-check, if it found the log altered (for the dashboard). */
	public Optional<LedgerAlert> currentAlert() {
		return checks.currentAlert();
	}

	/** The leaf input: UTF-8 canonical JSON of the whole entry; refused when not JSON-able or too large. */
	byte[] leafInput(LedgerAct act, Instant timestamp, Integer row) {
		Violations v = new Violations();
		if (act.type() == null || !TYPE.matcher(act.type()).matches()) {
			v.add("type", "error.ledger.type");
		}
		v.require("actor", act.actor());
		v.maxLength("actor", act.actor(), MAX_NAME);
		v.require("subjectType", act.subjectType());
		v.maxLength("subjectType", act.subjectType(), MAX_NAME);
		v.require("subjectId", act.subjectId());
		v.maxLength("subjectId", act.subjectId(), MAX_NAME);
		if (act.body() == null) {
			v.add("body", "error.field.required");
		}
		throwWithRow(v, row);
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("v", 1);
		entry.put("type", act.type());
		entry.put("actor", act.actor());
		entry.put("department", act.departmentId());
		entry.put("timestamp", timestamp.toEpochMilli());
		entry.put("subject", Map.of("type", act.subjectType(), "id", act.subjectId()));
		entry.put("public", act.publicAct());
		entry.put("body", act.body());
		byte[] bytes;
		try {
			bytes = CanonicalJson.bytes(entry);
		}
		catch (CanonicalJson.NotCanonicalException ex) {
			v.add("body", "error.ledger.body-not-json", ex.path().replaceFirst("^\\$\\.body", "\\$"), ex.getMessage());
			throwWithRow(v, row);
			throw ex;
		}
		if (bytes.length > props.maxEntryBytes()) {
			v.add("body", "error.ledger.entry-too-large", props.maxEntryBytes(), bytes.length);
			throwWithRow(v, row);
		}
		return bytes;
	}

	private static void throwWithRow(Violations v, Integer row) {
		if (v.isEmpty()) {
			return;
		}
		if (row == null) {
			v.throwIfAny();
		}
		throw new InvalidInputException(v.list().stream().map(x -> x.atRow(row + 1)).toList());
	}

}
