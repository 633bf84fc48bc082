package org.weijian.monitoring.rulebase;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUsers;
import org.weijian.ledger.LedgerReceipt;
import org.weijian.monitoring.engine.RuleBase;
import org.weijian.monitoring.engine.RuleParameter;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.error.Violations;

/**
 * 规则库版本 — the rule-base versions: the shipped {@code v1} and versions derived from an existing one by changing
 * parameter values. A version is immutable once made; each is audited and entered in the ledger in the same
 * transaction (ADR 0042). Rule bases are deployment-wide (not limited by data scope): every office screens under the
 * same published versions.
 */
@Service
public class RuleBases {

	static final String ENTITY = "monitoring-rulebase";

	static final String SHIPPED = "v1";

	/** Numbers as the engine binds them bare: plain decimals, at most 4 decimals, no sign, no exponent. */
	private static final Pattern NUMBER = Pattern.compile("\\d{1,9}(\\.\\d{1,4})?");

	private static final Pattern INTEGER = Pattern.compile("\\d+");

	/** Text parameters (e.g. an ATC prefix): letters and digits only. */
	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,32}");

	private static final int MAX_NOTE = 1000;

	private final RuleBaseStore store;

	private final RuleBaseLedger ledger;

	private final AuditTrail audit;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	RuleBases(RuleBaseStore store, RuleBaseLedger ledger, AuditTrail audit, CurrentUsers currentUsers, Clock clock) {
		this.store = store;
		this.ledger = ledger;
		this.audit = audit;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	/** Every version, newest first. */
	public List<RuleBaseView> all() {
		return store.all();
	}

	public Optional<RuleBaseView> find(String version) {
		return store.find(version);
	}

	/** The version, or 404. */
	public RuleBaseView get(String version) {
		return store.find(version).orElseThrow(() -> new NotFoundException("error.monitoring.rulebase.not-found", version));
	}

	/** The engine's rule base for a stored version (404 when there is none). */
	public RuleBase load(String version) {
		return RuleBase.of(version, get(version).parameters());
	}

	/** The version's parameters next to those of the version it is based on (all unchanged for {@code v1}). */
	public List<ParameterChange> diff(String version) {
		RuleBaseView view = get(version);
		Map<String, String> previous = view.basedOn() == null ? null : values(get(view.basedOn()).parameters());
		return view.parameters().stream().map(p -> new ParameterChange(p.ruleCode(), p.parameter(), p.value(),
				previous == null ? p.value() : previous.get(p.ruleCode() + "." + p.parameter()), p.legalBasis())).toList();
	}

	/**
	 * Registers the shipped {@code v1} when it is not there yet (start-up; safe to call any number of times), with its
	 * ledger entry. The answer says whether it was registered now.
	 */
	@Transactional
	public boolean registerShipped() {
		store.lock();
		if (store.exists(SHIPPED)) {
			return false;
		}
		RuleBase shipped = RuleBase.v1();
		String note = "shipped rule base (src/main/resources/monitoring/rulebase-v1.csv)";
		save(SHIPPED, null, note, shipped.parameters());
		return true;
	}

	/**
	 * Makes the next version ({@code v2}, {@code v3}, …) from {@code basedOn} with the given values: every parameter of
	 * the base must be given, numbers stay numbers (integers stay integers) within 0 … 999,999,999 and 4 decimals,
	 * text parameters stay codes; at least one value must change or a note be given. Audited and entered in the ledger.
	 */
	@Transactional
	public RuleBaseView create(RuleBaseDraft draft) {
		Violations v = new Violations();
		String basedOn = v.text("basedOn", draft.basedOn(), 32, true);
		String note = v.text("note", draft.note(), MAX_NOTE, false);
		v.throwIfAny();
		RuleBaseView base = store.find(basedOn).orElse(null);
		if (base == null) {
			v.add("basedOn", "error.monitoring.rulebase.not-found", basedOn);
			v.throwIfAny();
		}
		Map<String, String> given = draft.values() == null ? Map.of() : draft.values();
		List<RuleParameter> parameters = new ArrayList<>();
		boolean changed = false;
		for (RuleParameter p : base.parameters()) {
			String key = p.ruleCode() + "." + p.parameter();
			String value = given.get(key);
			if (value == null || value.isBlank()) {
				v.add(key, "error.field.required");
				continue;
			}
			value = value.strip();
			if (!valid(p.value(), value, key, v)) {
				continue;
			}
			if (!same(p.value(), value)) {
				changed = true;
			}
			parameters.add(new RuleParameter(p.ruleCode(), p.parameter(), value, p.legalBasis()));
		}
		Map<String, String> known = values(base.parameters());
		given.keySet().stream().filter(k -> !known.containsKey(k)).sorted()
			.forEach(k -> v.add(k, "error.monitoring.rulebase.unknown-parameter", k));
		if (v.isEmpty() && !changed && note == null) {
			v.add("note", "error.monitoring.rulebase.nothing-changed");
		}
		v.throwIfAny();
		store.lock();
		String version = RuleBaseNames.next(store.versions());
		return save(version, basedOn, note == null ? "" : note, parameters);
	}

	private RuleBaseView save(String version, @Nullable String basedOn, String note, List<RuleParameter> parameters) {
		RuleBase ruleBase = RuleBase.of(version, parameters);
		String sha = sha256(ruleBase.canonicalCsv());
		store.insert(version, basedOn, note, sha, ruleBase.parameters(), currentUsers.actorName(), clock.instant());
		LedgerReceipt receipt = ledger.published(version, basedOn, sha, parameters.size(), note);
		store.linkLedger(version, receipt.leafIndex(), RuleBaseLedger.hex(receipt));
		RuleBaseView created = get(version);
		audit.record("monitoring.rulebase.created", ENTITY, version, null, null, created);
		return created;
	}

	private static boolean valid(String old, String value, String key, Violations v) {
		if (NUMBER.matcher(old).matches()) {
			if (!NUMBER.matcher(value).matches()) {
				v.add(key, "error.monitoring.rulebase.number", value);
				return false;
			}
			if (INTEGER.matcher(old).matches() && !INTEGER.matcher(value).matches()) {
				v.add(key, "error.monitoring.rulebase.integer", value);
				return false;
			}
			return true;
		}
		if (!CODE.matcher(value).matches()) {
			v.add(key, "error.monitoring.rulebase.code", value);
			return false;
		}
		return true;
	}

	private static boolean same(String old, String value) {
		if (NUMBER.matcher(old).matches() && NUMBER.matcher(value).matches()) {
			return new BigDecimal(old).compareTo(new BigDecimal(value)) == 0;
		}
		return old.equals(value);
	}

	private static Map<String, String> values(List<RuleParameter> parameters) {
		Map<String, String> m = new java.util.LinkedHashMap<>();
		parameters.forEach(p -> m.put(p.ruleCode() + "." + p.parameter(), p.value()));
		return m;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
