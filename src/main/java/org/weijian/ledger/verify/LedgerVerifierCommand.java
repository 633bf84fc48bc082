package org.weijian.ledger.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The verifier command ({@code java -jar weijian.jar verify-ledger --url … [--state file] [--hash …]}):
 * downloads the public key and the latest signed tree head of a Weijian ledger (监管账本), checks the
 * signature, its consistency with the head seen last time (kept in the state file), every entry and the
 * root recomputed from all leaves, and the inclusion of the given leaf hashes. It runs before and
 * without Spring: no database, no web server, only the log's public REST API.
 */
public final class LedgerVerifierCommand {

	public static final String COMMAND = "verify-ledger";

	private static final String USAGE = "usage: java -jar weijian.jar verify-ledger --url http://host:port "
			+ "[--state ~/.weijian-ledger-heads.json] [--hash <base64 leaf hash>]...";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Base64.Decoder B64 = Base64.getDecoder();

	private static final Base64.Encoder B64_OUT = Base64.getEncoder();

	private final PrintStream out;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private int failures;

	private LedgerVerifierCommand(PrintStream out) {
		this.out = out;
	}

	/** Runs the command; answers the process exit code: 0 only when every check passed, 1 on a failed check, 2 on bad usage. */
	public static int run(String[] args, PrintStream out) {
		String url = null;
		Path state = Path.of(System.getProperty("user.home"), ".weijian-ledger-heads.json");
		List<String> hashes = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String name = args[i];
			if (name.equals(COMMAND)) {
				continue;
			}
			if ((name.equals("--url") || name.equals("--state") || name.equals("--hash")) && i + 1 >= args.length) {
				out.println(USAGE);
				out.println(name + " needs a value");
				return 2;
			}
			switch (name) {
				case "--url" -> url = args[++i].replaceAll("/+$", "");
				case "--state" -> state = Path.of(args[++i].replaceFirst("^~", System.getProperty("user.home")));
				case "--hash" -> hashes.add(args[++i]);
				default -> {
					out.println(USAGE);
					out.println("unknown argument " + name);
					return 2;
				}
			}
		}
		if (url == null) {
			out.println(USAGE);
			return 2;
		}
		LedgerVerifierCommand command = new LedgerVerifierCommand(out);
		try {
			command.verify(url, state, hashes);
		}
		catch (IOException | RuntimeException | GeneralSecurityException e) {
			command.fail("cannot verify " + url + ": "
					+ (e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage()));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			command.fail("interrupted");
		}
		out.println(command.failures == 0 ? "VERIFIED: every check passed"
				: "NOT VERIFIED: " + command.failures + " check(s) failed");
		return command.failures == 0 ? 0 : 1;
	}

	private void verify(String url, Path statePath, List<String> hashes)
			throws IOException, InterruptedException, GeneralSecurityException {
		String api = url + "/api/v1/ledger";

		JsonNode keyInfo = get(api + "/public-key");
		String hashName = keyInfo.path("hash").asString("SHA-256");
		String algorithm = keyInfo.path("algorithm").asString();
		MerkleProofs merkle = new MerkleProofs(hashName);
		if (!"Ed25519".equals(algorithm)) {
			fail("public key: signature algorithm " + algorithm + " is not supported by this verifier");
			return;
		}
		byte[] keyBytes = B64.decode(keyInfo.path("public_key").asString());
		PublicKey publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(keyBytes));
		ok("public key: " + algorithm + ", hash " + hashName + ", key sha256 "
				+ HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(keyBytes)).substring(0, 16) + "…");

		JsonNode sth = get(api + "/sth");
		long treeSize = sth.path("tree_size").asLong();
		long timestamp = sth.path("timestamp").asLong();
		byte[] root = rootHash(sth);
		Signature signature = Signature.getInstance("Ed25519");
		signature.initVerify(publicKey);
		signature.update(MerkleProofs.treeHeadSignatureInput(timestamp, treeSize, root));
		if (signature.verify(B64.decode(sth.path("tree_head_signature").asString()))) {
			ok("signed tree head: size " + treeSize + ", timestamp " + timestamp + ", root " + b64(root)
					+ ", signature valid");
		}
		else {
			fail("signed tree head: size " + treeSize + ", timestamp " + timestamp + ": signature does NOT verify");
		}

		ObjectNode state = readState(statePath);
		JsonNode previous = state.get(url);
		if (previous == null) {
			ok("consistency: no previous head recorded for this log (first run)");
		}
		else {
			long previousSize = previous.path("tree_size").asLong();
			byte[] previousRoot = B64.decode(previous.path("root_hash").asString());
			if (previousSize > treeSize) {
				fail("consistency: the log shrank from " + previousSize + " to " + treeSize + " entries");
			}
			else {
				List<byte[]> proof = List.of();
				if (previousSize > 0 && previousSize < treeSize) {
					proof = hashes(get(api + "/sth-consistency?first=" + previousSize + "&second=" + treeSize)
						.path("consistency"));
				}
				if (merkle.verifyConsistency(previousSize, treeSize, previousRoot, root, proof)) {
					ok("consistency: head of size " + previousSize + " is a prefix of head of size " + treeSize);
				}
				else {
					fail("consistency: head of size " + previousSize + " (root " + b64(previousRoot)
							+ ") is NOT consistent with head of size " + treeSize);
				}
			}
		}

		List<byte[]> leaves = new ArrayList<>();
		int badLeaves = 0;
		int publicInputs = 0;
		long start = 0;
		while (start < treeSize) {
			JsonNode entries = get(api + "/entries?start=" + start + "&end=" + (treeSize - 1)).path("entries");
			if (entries.isEmpty()) {
				fail("entries: the log returned no entries from index " + start);
				break;
			}
			long index = start;
			for (Iterator<JsonNode> it = entries.iterator(); it.hasNext() && index < treeSize; index++) {
				JsonNode entry = it.next();
				byte[] leafHash = B64.decode(entry.path("leaf_hash").asString());
				JsonNode input = entry.get("leaf_input");
				if (input != null && !input.isNull()) {
					publicInputs++;
					byte[] computed = merkle.leafHash(B64.decode(input.asString()));
					if (!Arrays.equals(computed, leafHash)) {
						badLeaves++;
						fail("entry " + index + " (leaf_hash " + b64(leafHash) + "): leaf_input hashes to "
								+ b64(computed) + " — the stored entry was changed");
					}
				}
				leaves.add(leafHash);
			}
			start = index;
		}
		if (leaves.size() == treeSize) {
			if (badLeaves == 0) {
				ok("entries: " + treeSize + " leaf hashes fetched, " + publicInputs
						+ " public leaf inputs match their hashes");
			}
			byte[] computedRoot = merkle.root(leaves);
			if (Arrays.equals(computedRoot, root)) {
				ok("root: recomputed from " + treeSize + " leaves equals the signed root");
			}
			else {
				fail("root: recomputed from " + treeSize + " leaves is " + b64(computedRoot) + ", the signed root is "
						+ b64(root));
			}
		}

		for (String wanted : hashes) {
			byte[] hash;
			try {
				hash = B64.decode(wanted);
			}
			catch (IllegalArgumentException e) {
				fail("inclusion of " + wanted + ": not a base64 leaf hash");
				continue;
			}
			if (hash.length != root.length) {
				fail("inclusion of " + wanted + ": not a base64 leaf hash of " + root.length + " bytes");
				continue;
			}
			try {
				JsonNode proof = get(api + "/proof-by-hash?hash=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8)
						+ "&tree_size=" + treeSize);
				long index = proof.path("leaf_index").asLong();
				if (merkle.verifyInclusion(index, treeSize, hash, hashes(proof.path("audit_path")), root)) {
					ok("inclusion of " + wanted + ": leaf " + index + " is in the signed tree of size " + treeSize);
				}
				else {
					fail("inclusion of " + wanted + ": the audit path for leaf " + index
							+ " does NOT lead to the signed root");
				}
			}
			catch (IOException e) {
				fail("inclusion of " + wanted + ": " + e.getMessage());
			}
		}

		if (failures == 0) {
			ObjectNode head = state.putObject(url);
			head.put("tree_size", treeSize);
			head.put("timestamp", timestamp);
			head.put("root_hash", b64(root));
			head.put("tree_head_signature", sth.path("tree_head_signature").asString());
			writeState(statePath, state);
		}
	}

	private static byte[] rootHash(JsonNode sth) throws IOException {
		for (String name : sth.propertyNames()) {
			if (name.endsWith("_root_hash")) {
				return B64.decode(sth.get(name).asString());
			}
		}
		throw new IOException("signed tree head has no *_root_hash field");
	}

	private static List<byte[]> hashes(JsonNode array) {
		List<byte[]> result = new ArrayList<>();
		array.forEach(node -> result.add(B64.decode(node.asString())));
		return result;
	}

	private JsonNode get(String uri) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri))
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(60))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			String body = response.body();
			throw new IOException("GET " + uri + " answered " + response.statusCode() + ": "
					+ body.substring(0, Math.min(200, body.length())));
		}
		return JSON.readTree(response.body());
	}

	private static ObjectNode readState(Path file) throws IOException {
		if (!Files.exists(file)) {
			return JSON.createObjectNode();
		}
		JsonNode node = JSON.readTree(Files.readString(file));
		return node instanceof ObjectNode object ? object : JSON.createObjectNode();
	}

	private static void writeState(Path file, ObjectNode state) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(state));
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static String b64(byte[] bytes) {
		return B64_OUT.encodeToString(bytes);
	}

	private void ok(String message) {
		out.println("OK   " + message);
	}

	private void fail(@Nullable String message) {
		failures++;
		out.println("FAIL " + message);
	}

}
