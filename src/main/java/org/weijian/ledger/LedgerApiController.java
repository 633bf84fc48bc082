package org.weijian.ledger;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.web.ApiProblems;
import org.weijian.shared.web.RateLimiter;

/**
 * The ledger's public API, shaped like RFC 6962 §4 so that transparency tooling can read it. No login
 * (anyone may verify the log); rate-limited per client address. Hashes and signatures are base64.
 */
@RestController
@RequestMapping("/api/v1/ledger")
class LedgerApiController {

	private static final Base64.Encoder B64 = Base64.getEncoder();

	private final LedgerQueries queries;

	private final ApiProblems problems;

	private final RateLimiter limiter;

	LedgerApiController(LedgerQueries queries, ApiProblems problems, LedgerProperties props, java.time.Clock clock) {
		this.queries = queries;
		this.problems = problems;
		this.limiter = new RateLimiter(clock, props.requestsPerMinute(), 60_000);
	}

	@GetMapping("/sth")
	@PreAuthorize("permitAll()")
	Map<String, Object> sth(HttpServletRequest request) {
		limit(request);
		return head(queries.currentHead());
	}

	@GetMapping("/sth-consistency")
	@PreAuthorize("permitAll()")
	Map<String, Object> consistency(@RequestParam long first, @RequestParam long second, HttpServletRequest request) {
		limit(request);
		return Map.of("consistency", encode(queries.consistencyProof(first, second)));
	}

	@GetMapping("/proof-by-hash")
	@PreAuthorize("permitAll()")
	Map<String, Object> proofByHash(@RequestParam String hash, @RequestParam("tree_size") long treeSize,
			HttpServletRequest request) {
		limit(request);
		InclusionProof proof = queries.inclusionProof(decode("hash", hash), treeSize);
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("leaf_index", proof.leafIndex());
		out.put("audit_path", encode(proof.auditPath()));
		return out;
	}

	@GetMapping("/entries")
	@PreAuthorize("permitAll()")
	Map<String, Object> entries(@RequestParam long start, @RequestParam long end, HttpServletRequest request) {
		limit(request);
		return Map.of("entries", queries.entries(start, end).stream().map(LedgerApiController::entry).toList());
	}

	@GetMapping("/entries/by-hash")
	@PreAuthorize("permitAll()")
	Map<String, Object> entryByHash(@RequestParam String hash, HttpServletRequest request) {
		limit(request);
		return entry(queries.entryByHash(decode("hash", hash)).orElseThrow(() -> new NotFoundException("error.ledger.hash-unknown")));
	}

	@GetMapping("/sth-history")
	@PreAuthorize("permitAll()")
	Map<String, Object> history(@RequestParam(defaultValue = "0") long from,
			@RequestParam(defaultValue = "9223372036854775807") long to, HttpServletRequest request) {
		limit(request);
		return Map.of("heads", queries.headHistory(from, to).stream().map(this::head).toList());
	}

	@GetMapping("/public-key")
	@PreAuthorize("permitAll()")
	Map<String, Object> publicKey(HttpServletRequest request) {
		limit(request);
		LedgerPublicKey key = queries.currentKey();
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("algorithm", key.algorithm());
		out.put("public_key", B64.encodeToString(key.publicKey()));
		out.put("hash", key.hashAlgorithm());
		out.put("key_id", key.keyId());
		return out;
	}

	@GetMapping("/public-keys")
	@PreAuthorize("permitAll()")
	Map<String, Object> publicKeys(HttpServletRequest request) {
		limit(request);
		List<Map<String, Object>> keys = new ArrayList<>();
		for (LedgerPublicKey key : queries.publicKeys()) {
			Map<String, Object> k = new LinkedHashMap<>();
			k.put("key_id", key.keyId());
			k.put("algorithm", key.algorithm());
			k.put("public_key", B64.encodeToString(key.publicKey()));
			k.put("hash", key.hashAlgorithm());
			k.put("created_at", key.createdAt().toString());
			k.put("current", key.current());
			keys.add(k);
		}
		return Map.of("keys", keys);
	}

	@ExceptionHandler(TooManyRequests.class)
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	ProblemDetail tooMany(TooManyRequests ex) {
		return problems.problem(HttpStatus.TOO_MANY_REQUESTS, "error.ledger.rate-limited", List.of());
	}

	private Map<String, Object> head(SignedTreeHead head) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("tree_size", head.treeSize());
		out.put("timestamp", head.timestampMillis());
		out.put(org.weijian.ledger.merkle.HashAlgorithm.of(queries.hashAlgorithm()).rootHashField(), B64.encodeToString(head.rootHash()));
		out.put("tree_head_signature", B64.encodeToString(head.signature()));
		out.put("key_id", head.keyId());
		return out;
	}

	private static Map<String, Object> entry(LedgerEntryView e) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("leaf_index", e.leafIndex());
		out.put("leaf_hash", B64.encodeToString(e.leafHash()));
		if (e.leafInput() != null) {
			out.put("leaf_input", B64.encodeToString(e.leafInput()));
		}
		out.put("type", e.type());
		out.put("public", e.publicAct());
		return out;
	}

	private static List<String> encode(List<byte[]> hashes) {
		return hashes.stream().map(B64::encodeToString).toList();
	}

	/** Standard or URL-safe base64; a space stands for a '+' that a client left unencoded in the query. */
	private static byte[] decode(String field, String value) {
		try {
			String v = value.strip().replace(' ', '+');
			return v.indexOf('-') >= 0 || v.indexOf('_') >= 0 ? Base64.getUrlDecoder().decode(v) : Base64.getDecoder().decode(v);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of(field, "error.ledger.base64");
		}
	}

	private void limit(HttpServletRequest request) {
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			throw new TooManyRequests();
		}
	}

	private static final class TooManyRequests extends RuntimeException {

		TooManyRequests() {
			super("ledger API rate limit", null, false, false);
		}

	}

}
