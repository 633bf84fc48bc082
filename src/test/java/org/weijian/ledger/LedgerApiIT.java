package org.weijian.ledger;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.ledger.merkle.HashAlgorithm;
import org.weijian.ledger.merkle.ProofVerifier;
import org.weijian.ledger.merkle.TreeHeadSignatures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public RFC 6962-shaped API, read without a login, checked with the RFC 9162 verifier. */
@SpringBootTest
@AutoConfigureMockMvc
class LedgerApiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Ledger ledger;

	@Autowired
	PlatformTransactionManager transactions;

	final JsonMapper json = JsonMapper.builder().build();

	final Base64.Decoder b64 = Base64.getDecoder();

	private List<LedgerReceipt> append(List<LedgerAct> acts) {
		return new TransactionTemplate(transactions).execute(s -> ledger.appendAll(acts));
	}

	static LedgerAct act(String id, boolean isPublic) {
		return new LedgerAct("registration.approved", "reviewer-" + id, 7L, "subject", id,
				Map.of("decision", "approved", "n", 42), isPublic);
	}

	private JsonNode getJson(String url) throws Exception {
		return json.readTree(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void appendedActsAreProvablyInTheSignedTree() throws Exception {
		String id = UUID.randomUUID().toString();
		List<LedgerReceipt> receipts = append(List.of(act(id + "-a", true), act(id + "-b", false), act(id + "-c", true)));
		TreeHeadView head = ledger.signTreeHead();
		assertThat(head.treeSize()).isGreaterThan(receipts.get(2).leafIndex());

		JsonNode sth = getJson("/api/v1/ledger/sth");
		long size = sth.get("tree_size").asLong();
		byte[] root = b64.decode(sth.get("sha256_root_hash").asString());
		JsonNode key = getJson("/api/v1/ledger/public-key");
		assertThat(key.get("algorithm").asString()).isEqualTo("Ed25519");
		assertThat(key.get("hash").asString()).isEqualTo("SHA-256");
		assertThat(TreeHeadSignatures.verify("Ed25519", b64.decode(key.get("public_key").asString()),
				TreeHeadSignatures.signedBytes(sth.get("timestamp").asLong(), size, root),
				b64.decode(sth.get("tree_head_signature").asString()))).isTrue();

		ProofVerifier verifier = new ProofVerifier(HashAlgorithm.SHA_256);
		for (LedgerReceipt r : receipts) {
			JsonNode proof = json.readTree(mvc.perform(get("/api/v1/ledger/proof-by-hash").param("hash", r.leafHashBase64())
				.param("tree_size", String.valueOf(size))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
			assertThat(proof.get("leaf_index").asLong()).isEqualTo(r.leafIndex());
			List<byte[]> path = proof.get("audit_path").valueStream().map(n -> b64.decode(n.asString())).toList();
			assertThat(verifier.verifyInclusion(r.leafIndex(), size, b64.decode(r.leafHashBase64()), path, root)).isTrue();
		}

		JsonNode entries = getJson("/api/v1/ledger/entries?start=" + receipts.get(0).leafIndex() + "&end=" + receipts.get(2).leafIndex());
		assertThat(entries.get("entries")).hasSize(3);
		JsonNode first = entries.get("entries").get(0);
		assertThat(first.get("leaf_hash").asString()).isEqualTo(receipts.get(0).leafHashBase64());
		String input = new String(b64.decode(first.get("leaf_input").asString()), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(input).startsWith("{\"actor\":\"reviewer-" + id + "-a\",\"body\":{\"decision\":\"approved\",\"n\":42},\"department\":7,")
			.contains("\"subject\":{\"id\":\"" + id + "-a\",\"type\":\"subject\"}").contains("\"type\":\"registration.approved\",\"v\":1}");
		assertThat(entries.get("entries").get(1).has("leaf_input")).as("non-public act shows only its hash").isFalse();
		assertThat(entries.get("entries").get(1).get("leaf_hash").asString()).isEqualTo(receipts.get(1).leafHashBase64());
	}

	@Test
	void appendNeedsTheCallersTransactionAndRefusesBadBodies() {
		assertThatThrownBy(() -> ledger.append(act("x", true)))
			.isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
		assertThatThrownBy(() -> append(List.of(new LedgerAct("registration.approved", "a", null, "subject", "1",
				Map.of("score", 1.5), true)))).isInstanceOf(org.weijian.shared.error.InvalidInputException.class);
	}

	@Test
	void badRequestsAnswerProblemDetails() throws Exception {
		append(List.of(act(UUID.randomUUID().toString(), true), act(UUID.randomUUID().toString(), true)));
		long size = ledger.signTreeHead().treeSize();
		mvc.perform(get("/api/v1/ledger/sth-consistency?first=2&second=1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("first"))
			.andExpect(jsonPath("$.errors[0].code").value("error.ledger.first-after-second"));
		mvc.perform(get("/api/v1/ledger/sth-consistency?first=1&second=" + (size + 1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("second"))
			.andExpect(jsonPath("$.errors[0].code").value("error.ledger.size-beyond-head"));
		mvc.perform(get("/api/v1/ledger/sth-consistency?first=one&second=2"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("first"))
			.andExpect(jsonPath("$.errors[0].code").value("error.field.type"));
		mvc.perform(get("/api/v1/ledger/sth-consistency?first=1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("second"));
		String unknown = java.util.Base64.getEncoder().encodeToString(new byte[32]);
		mvc.perform(get("/api/v1/ledger/proof-by-hash").param("hash", unknown).param("tree_size", String.valueOf(size)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("error.ledger.hash-unknown"));
		mvc.perform(get("/api/v1/ledger/entries/by-hash").param("hash", unknown))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/ledger/proof-by-hash").param("hash", "not*base64").param("tree_size", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("hash"))
			.andExpect(jsonPath("$.errors[0].code").value("error.ledger.base64"));
		mvc.perform(get("/api/v1/ledger/proof-by-hash").param("hash", "AAAA").param("tree_size", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("error.ledger.hash-length"));
		mvc.perform(get("/api/v1/ledger/proof-by-hash").param("hash", unknown).param("tree_size", String.valueOf(size + 1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("tree_size"));
		mvc.perform(get("/api/v1/ledger/entries?start=" + size + "&end=" + (size + 5)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("start"));
		mvc.perform(get("/api/v1/ledger/entries?start=1&end=0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("end"));
	}

	@Test
	void rangesAreClampedToThePageLimitAndTheHead() throws Exception {
		append(java.util.stream.IntStream.range(0, 5).mapToObj(i -> act(UUID.randomUUID().toString(), i % 2 == 0)).toList());
		long size = ledger.signTreeHead().treeSize();
		JsonNode all = getJson("/api/v1/ledger/entries?start=0&end=" + Long.MAX_VALUE);
		assertThat(all.get("entries").size()).isEqualTo((int) Math.min(size, 1000));
		assertThat(all.get("entries").get(0).get("leaf_index").asLong()).isZero();
		JsonNode history = getJson("/api/v1/ledger/sth-history?from=0&to=" + size);
		assertThat(history.get("heads").size()).isGreaterThanOrEqualTo(1);
		assertThat(history.get("heads").get(history.get("heads").size() - 1).has("sha256_root_hash")).isTrue();
		JsonNode keys = getJson("/api/v1/ledger/public-keys");
		assertThat(keys.get("keys").valueStream().filter(k -> k.get("current").asBoolean()).count()).isEqualTo(1);
		TreeHeadView a = ledger.latestHead();
		append(List.of(act(UUID.randomUUID().toString(), true), act(UUID.randomUUID().toString(), false)));
		TreeHeadView b = ledger.signTreeHead();
		JsonNode consistency = getJson("/api/v1/ledger/sth-consistency?first=" + a.treeSize() + "&second=" + b.treeSize());
		assertThat(new ProofVerifier(HashAlgorithm.SHA_256).verifyConsistency(a.treeSize(), b.treeSize(), b64.decode(a.rootHashBase64()),
				b64.decode(b.rootHashBase64()), consistency.get("consistency").valueStream().map(n -> b64.decode(n.asString())).toList()))
			.isTrue();
	}

}
