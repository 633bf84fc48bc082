package org.weijian.ledger.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.weijian.ledger.InclusionProof;
import org.weijian.ledger.LedgerPublicKey;
import org.weijian.ledger.LedgerQueries;
import org.weijian.ledger.SignedTreeHead;
import org.weijian.ledger.merkle.HashAlgorithm;
import org.weijian.ledger.merkle.ProofVerifier;
import org.weijian.ledger.merkle.TreeHeadSignatures;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.NotFoundException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public page of one ledger entry (账本记录核验页), reached from the QR code on printed documents: the
 * entry (its content only when the act is public), its leaf index, its inclusion proof against the
 * latest signed tree head, the head's signature, the result of checking both here — and how to check
 * them independently. No login.
 */
@Controller
class LedgerEntryPageController {

	private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");

	private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]{43}=?");

	private static final Base64.Encoder B64 = Base64.getEncoder();

	/** The entry as the page shows it; actor, body and the canonical text only for public acts. */
	record EntryModel(long leafIndex, String leafHashBase64, String leafHashHex, String type, boolean publicAct,
			String subjectType, String subjectId, Instant recordedAt, @Nullable String actor, @Nullable String body,
			@Nullable String leafInput, boolean inputMatchesHash) {
	}

	record HeadModel(long treeSize, Instant timestamp, long timestampMillis, String rootHashBase64, String signatureBase64,
			String signatureAlgorithm, String hashAlgorithm, String keyId, String publicKeyBase64, boolean signatureValid) {
	}

	private final LedgerQueries queries;

	private final LedgerEntryLookup lookup;

	private final LedgerReceipts receipts;

	private final JsonMapper json;

	LedgerEntryPageController(LedgerQueries queries, LedgerEntryLookup lookup, LedgerReceipts receipts, JsonMapper json) {
		this.queries = queries;
		this.lookup = lookup;
		this.receipts = receipts;
		this.json = json;
	}

	@GetMapping("/ledger/entries/{hash}")
	@PreAuthorize("permitAll()")
	String entry(@PathVariable String hash, Model model) {
		byte[] leafHash = parse(hash);
		LedgerEntryLookup.StoredEntry stored = lookup.byHash(leafHash)
			.orElseThrow(() -> new NotFoundException("error.ledger.hash-unknown"));
		HashAlgorithm algorithm = HashAlgorithm.of(queries.hashAlgorithm());
		String hex = HexFormat.of().formatHex(stored.leafHash());
		EntryModel entry = entry(stored, algorithm, hex);

		SignedTreeHead head = queries.currentHead();
		LedgerPublicKey key = queries.publicKeys()
			.stream()
			.filter(k -> k.keyId().equals(head.keyId()))
			.findFirst()
			.orElseGet(queries::currentKey);
		boolean signatureValid = TreeHeadSignatures.verify(key.algorithm(), key.publicKey(),
				TreeHeadSignatures.signedBytes(head.timestampMillis(), head.treeSize(), head.rootHash()), head.signature());
		model.addAttribute("head", new HeadModel(head.treeSize(), Instant.ofEpochMilli(head.timestampMillis()),
				head.timestampMillis(), B64.encodeToString(head.rootHash()), B64.encodeToString(head.signature()), key.algorithm(),
				key.hashAlgorithm(), key.keyId(), B64.encodeToString(key.publicKey()), signatureValid));

		boolean covered = stored.leafIndex() < head.treeSize();
		List<String> path = List.of();
		boolean inclusionValid = false;
		if (covered) {
			InclusionProof proof = queries.inclusionProof(stored.leafIndex(), head.treeSize());
			path = proof.auditPath().stream().map(B64::encodeToString).toList();
			inclusionValid = new ProofVerifier(algorithm).verifyInclusion(stored.leafIndex(), head.treeSize(), stored.leafHash(),
					proof.auditPath(), head.rootHash());
		}
		model.addAttribute("entry", entry);
		model.addAttribute("covered", covered);
		model.addAttribute("auditPath", path);
		model.addAttribute("inclusionValid", inclusionValid);
		model.addAttribute("verified", covered && signatureValid && inclusionValid && entry.inputMatchesHash());
		String base = receipts.pageUrl(hex).replaceFirst("/ledger/entries/.*$", "");
		model.addAttribute("baseUrl", base);
		model.addAttribute("nodeCommand", "node tools/ledger-verify/verify.mjs --url " + base + " --hash " + entry.leafHashBase64());
		model.addAttribute("javaCommand",
				"java -jar weijian.jar verify-ledger --url " + base + " --hash " + entry.leafHashBase64());
		model.addAttribute("proofUrl", base + "/api/v1/ledger/proof-by-hash?hash="
				+ java.net.URLEncoder.encode(entry.leafHashBase64(), java.nio.charset.StandardCharsets.UTF_8) + "&tree_size="
				+ head.treeSize());
		model.addAttribute("qrSvg", QrCodes.svg(receipts.pageUrl(hex), receipts.pageUrl(hex)));
		return "ledger/entry";
	}

	private EntryModel entry(LedgerEntryLookup.StoredEntry e, HashAlgorithm algorithm, String hex) {
		boolean matches = Arrays.equals(algorithm.leafHash(e.leafInput()), e.leafHash());
		String actor = null;
		String body = null;
		String input = null;
		if (e.publicAct()) {
			input = new String(e.leafInput(), java.nio.charset.StandardCharsets.UTF_8);
			try {
				JsonNode node = json.readTree(e.leafInput());
				actor = node.path("actor").asString(null);
				body = json.writerWithDefaultPrettyPrinter().writeValueAsString(node.path("body"));
			}
			catch (RuntimeException ex) {
				body = input; // an altered entry may no longer be JSON; show it as stored
			}
		}
		return new EntryModel(e.leafIndex(), B64.encodeToString(e.leafHash()), hex, e.type(), e.publicAct(), e.subjectType(),
				e.subjectId(), e.recordedAt(), actor, body, input, matches);
	}

	private static byte[] parse(String hash) {
		if (HEX.matcher(hash).matches()) {
			return HexFormat.of().parseHex(hash.toLowerCase(java.util.Locale.ROOT));
		}
		if (BASE64URL.matcher(hash).matches()) {
			return Base64.getUrlDecoder().decode(hash);
		}
		throw InvalidInputException.of("hash", "error.ledger.page-hash");
	}

}
