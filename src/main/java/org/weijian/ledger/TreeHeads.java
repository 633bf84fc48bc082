package org.weijian.ledger;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.ledger.merkle.HashAlgorithm;
import org.weijian.ledger.merkle.TreeHeadSignatures;

/**
 * Signs tree heads (签名树头): on start when none exists, every {@code head-interval-seconds} when new
 * entries wait, as soon as {@code head-every-entries} entries wait, and on demand. Every head is kept.
 */
@Component
class TreeHeads implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(TreeHeads.class);

	private final LedgerStore store;

	private final HashAlgorithm algorithm;

	private final SigningKey key;

	private final LedgerProperties props;

	private final Clock clock;

	private final TransactionTemplate required;

	private final TransactionTemplate requiresNew;

	TreeHeads(LedgerStore store, HashAlgorithm algorithm, SigningKey key, LedgerProperties props, Clock clock,
			PlatformTransactionManager transactions) {
		this.required = new TransactionTemplate(transactions);
		this.requiresNew = new TransactionTemplate(transactions);
		this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.store = store;
		this.algorithm = algorithm;
		this.key = key;
		this.props = props;
		this.clock = clock;
	}

	/** Signs a head over everything appended and committed so far. */
	SignedTreeHead signNow() {
		return required.execute(status -> sign());
	}

	private SignedTreeHead sign() {
		store.lock();
		long size = store.size();
		byte[] root = store.edge(algorithm, size).root();
		long last = store.latestHead().map(SignedTreeHead::timestampMillis).orElse(0L);
		long timestamp = Math.max(clock.millis(), last);
		byte[] signature = key.sign(TreeHeadSignatures.signedBytes(timestamp, size, root));
		SignedTreeHead head = new SignedTreeHead(size, timestamp, root, signature, key.keyId());
		store.insertHead(head);
		return head;
	}

	String keyId() {
		return key.keyId();
	}

	String signatureAlgorithm() {
		return key.algorithm();
	}

	/** The latest head, signing the first one if the log has none yet. */
	SignedTreeHead latest() {
		Optional<SignedTreeHead> head = store.latestHead();
		return head.isPresent() ? head.get() : requiresNew.execute(status -> sign());
	}

	/** Signs the first head (of the empty log) or a due one before anything else runs. */
	@Override
	public void afterSingletonsInstantiated() {
		signIfDue();
	}

	@Scheduled(fixedDelayString = "${weijian.ledger.head-check-millis:5000}", initialDelayString = "${weijian.ledger.head-check-millis:5000}")
	void scheduled() {
		try {
			signIfDue();
		}
		catch (RuntimeException ex) {
			log.error("Could not sign a ledger tree head", ex);
		}
	}

	/** Signs when no head exists, or entries wait and either enough of them or the interval has passed. */
	Optional<SignedTreeHead> signIfDue() {
		Optional<SignedTreeHead> latest = store.latestHead();
		if (latest.isEmpty()) {
			return Optional.of(signNow());
		}
		long waiting = store.size() - latest.get().treeSize();
		boolean due = waiting >= props.headEveryEntries()
				|| (waiting > 0 && clock.millis() - latest.get().timestampMillis() >= props.headIntervalSeconds() * 1000);
		return due ? Optional.of(signNow()) : Optional.empty();
	}

}
