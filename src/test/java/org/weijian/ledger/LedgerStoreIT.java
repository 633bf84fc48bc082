package org.weijian.ledger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.ledger.merkle.HashAlgorithm;
import org.weijian.ledger.merkle.MemoryTree;
import org.weijian.ledger.merkle.MerkleProofs;
import org.weijian.ledger.merkle.ProofVerifier;
import org.weijian.ledger.merkle.TreeHeadSignatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stored tree against PostgreSQL: proofs from the database equal those of an in-memory reference tree. */
@SpringBootTest
class LedgerStoreIT {

	@Autowired
	Ledger ledger;

	@Autowired
	LedgerQueries queries;

	@Autowired
	LedgerStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	LedgerProperties props;

	@Autowired
	Clock clock;

	@Autowired
	TreeHeads heads;

	List<LedgerReceipt> append(List<LedgerAct> acts) {
		return new TransactionTemplate(transactions).execute(s -> ledger.appendAll(acts));
	}

	static LedgerAct act(String id, int i) {
		return new LedgerAct("account.created", "admin", null, "account", id + "-" + i, Map.of("i", i), i % 2 == 0);
	}

	@Test
	void proofsFromTheDatabaseEqualThoseOfAReferenceTree() {
		String id = UUID.randomUUID().toString();
		Random random = new Random(7);
		// Appends of varied batch sizes, so stored subtrees complete inside and across batches.
		for (int batch = 0; batch < 25; batch++) {
			int n = 1 + random.nextInt(batch % 5 == 0 ? 120 : 9);
			List<LedgerAct> acts = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				acts.add(act(id + "-" + batch, i));
			}
			if (n == 1) {
				new TransactionTemplate(transactions).executeWithoutResult(s -> ledger.append(acts.get(0)));
			}
			else {
				append(acts);
			}
		}
		ledger.signTreeHead();
		SignedTreeHead head = queries.currentHead();
		long size = head.treeSize();
		MemoryTree reference = new MemoryTree(HashAlgorithm.SHA_256);
		jdbc.sql("select leaf_input from ledger_entry where leaf_index < ? order by leaf_index")
			.param(size)
			.query((rs, n) -> rs.getBytes(1))
			.list()
			.forEach(reference::appendInput);
		assertThat(reference.size()).isEqualTo(size);
		assertThat(head.rootHash()).isEqualTo(reference.root(size));

		MerkleProofs proofs = new MerkleProofs(HashAlgorithm.SHA_256);
		ProofVerifier verifier = new ProofVerifier(HashAlgorithm.SHA_256);
		for (long n = 1; n <= size; n += n < 80 ? 1 : 1 + random.nextInt(40)) {
			for (long i = 0; i < n; i += n < 20 ? 1 : 1 + random.nextInt((int) n / 5)) {
				InclusionProof fromDb = queries.inclusionProof(i, n);
				assertThat(fromDb.auditPath()).as("PATH(%d, %d)", i, n)
					.usingElementComparator(java.util.Arrays::compare)
					.containsExactlyElementsOf(proofs.inclusion(i, n, reference));
				assertThat(verifier.verifyInclusion(i, n, reference.leafHash(i), fromDb.auditPath(), reference.root(n))).isTrue();
			}
			long m = 1 + random.nextInt((int) n);
			assertThat(queries.consistencyProof(m, n)).as("PROOF(%d, %d)", m, n)
				.usingElementComparator(java.util.Arrays::compare)
				.containsExactlyElementsOf(proofs.consistency(m, n, reference));
			assertThat(verifier.verifyConsistency(m, n, reference.root(m), reference.root(n), queries.consistencyProof(m, n))).isTrue();
		}
	}

	@Test
	void receiptsNameTheLeafAndTheCanonicalEntry() {
		String id = UUID.randomUUID().toString();
		LedgerAct act = new LedgerAct("licence.status-changed", "reviewer \u5f20", 3L, "licence", id,
				Map.of("to", "SUSPENDED", "from", "VALID", "holder", ledger.digestPersonalData("110101199003074514")), true);
		LedgerReceipt receipt = new TransactionTemplate(transactions).execute(s -> ledger.append(act));
		byte[] input = jdbc.sql("select leaf_input from ledger_entry where leaf_index = ?").param(receipt.leafIndex())
			.query((rs, n) -> rs.getBytes(1)).single();
		String json = new String(input, java.nio.charset.StandardCharsets.UTF_8);
		assertThat(json).isEqualTo("{\"actor\":\"reviewer \u5f20\",\"body\":{\"from\":\"VALID\",\"holder\":\""
				+ ledger.digestPersonalData("110101199003074514") + "\",\"to\":\"SUSPENDED\"},\"department\":3,\"public\":true,"
				+ "\"subject\":{\"id\":\"" + id + "\",\"type\":\"licence\"},\"timestamp\":" + receipt.timestamp().toEpochMilli()
				+ ",\"type\":\"licence.status-changed\",\"v\":1}");
		assertThat(json).doesNotContain("110101199003074514");
		assertThat(ledger.digestPersonalData("110101199003074514")).matches("sha256:[0-9a-f]{64}")
			.isNotEqualTo("sha256:" + HexFormat.of().formatHex(HashAlgorithm.SHA_256.hash("110101199003074514".getBytes())));
		assertThat(Base64.getDecoder().decode(receipt.leafHashBase64())).isEqualTo(HashAlgorithm.SHA_256.leafHash(input));
	}

	@Test
	void badActsAppendNothing() {
		long before = store.size();
		String big = "x".repeat(props.maxEntryBytes());
		assertThatThrownBy(() -> append(List.of(act("ok", 1), new LedgerAct("account.created", "a", null, "account", "1",
				Map.of("note", big), true))))
			.isInstanceOfSatisfying(org.weijian.shared.error.InvalidInputException.class,
					ex -> assertThat(ex.violations()).singleElement().satisfies(v -> {
						assertThat(v.field()).isEqualTo("body");
						assertThat(v.code()).isEqualTo("error.ledger.entry-too-large");
						assertThat(v.row()).isEqualTo(2);
					}));
		assertThatThrownBy(() -> append(List.of(new LedgerAct("Bad Type", "a", null, "account", "1", Map.of(), true))))
			.isInstanceOfSatisfying(org.weijian.shared.error.InvalidInputException.class,
					ex -> assertThat(ex.violations().get(0).code()).isEqualTo("error.ledger.type"));
		assertThatThrownBy(() -> append(List.of(new LedgerAct("account.created", "a", null, "account", "1",
				Map.of("when", java.time.LocalDate.of(2026, 1, 1)), true))))
			.isInstanceOfSatisfying(org.weijian.shared.error.InvalidInputException.class,
					ex -> assertThat(ex.violations().get(0).code()).isEqualTo("error.ledger.body-not-json"));
		assertThat(store.size()).isEqualTo(before);
	}

	@Test
	void aRolledBackActLeavesNoEntry() {
		long before = store.size();
		TransactionTemplate tx = new TransactionTemplate(transactions);
		tx.executeWithoutResult(s -> {
			ledger.append(act("rollback", 1));
			s.setRollbackOnly();
		});
		assertThat(store.size()).isEqualTo(before);
		append(List.of(act("after-rollback", 1), act("after-rollback", 2)));
		assertThat(store.size()).isEqualTo(before + 2);
	}

	@Test
	void theHashAlgorithmOfAnExistingLogCannotChange() {
		LedgerProperties sm3 = new LedgerProperties("SM3", 65536, "Ed25519", "", "", false, "", "", 1000, 60, 1000, 600);
		assertThatThrownBy(() -> new LedgerConfiguration().ledgerHashAlgorithm(sm3, jdbc, clock))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("SHA-256");
	}

	@Test
	void rotatedKeysKeepOldHeadsVerifiable() {
		SignedTreeHead before = heads.signNow();
		LedgerProperties rotated = new LedgerProperties("SHA-256", 65536, "Ed25519", SigningKey.generate("Ed25519"), "", false, "",
				"", 1000, 60, 1000, 600);
		SigningKey newKey = new LedgerConfiguration().ledgerSigningKey(rotated, jdbc, clock);
		TreeHeads rotatedHeads = new TreeHeads(store, HashAlgorithm.SHA_256, newKey, rotated, clock, transactions);
		append(List.of(act("rotation", 1)));
		SignedTreeHead after = rotatedHeads.signNow();
		assertThat(after.keyId()).isEqualTo(newKey.keyId()).isNotEqualTo(before.keyId());
		List<LedgerPublicKey> keys = queries.publicKeys();
		for (SignedTreeHead h : List.of(before, after)) {
			LedgerPublicKey key = keys.stream().filter(k -> k.keyId().equals(h.keyId())).findFirst().orElseThrow();
			assertThat(TreeHeadSignatures.verify(key.algorithm(), key.publicKey(),
					TreeHeadSignatures.signedBytes(h.timestampMillis(), h.treeSize(), h.rootHash()), h.signature())).isTrue();
		}
		assertThat(queries.headHistory(before.treeSize(), after.treeSize())).extracting(SignedTreeHead::keyId)
			.contains(before.keyId(), after.keyId());
		// the application's own key signs again, so the latest head is verifiable with the current public key
		heads.signNow();
	}

}
