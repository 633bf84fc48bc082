package org.weijian.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.weijian.ledger.Ledger;
import org.weijian.ledger.TreeHeadView;

/**
 * The demo's acts reach the supervision ledger (监管记录账本) by themselves: every earlier step goes through
 * the services that append their entries. This last step signs a tree head over all of them, so the demo
 * starts with a log whose head already covers the demo's acts.
 */
@Component
class LedgerSeeding implements DemoSeeding {

	private static final Logger log = LoggerFactory.getLogger(LedgerSeeding.class);

	private final Ledger ledger;

	LedgerSeeding(Ledger ledger) {
		this.ledger = ledger;
	}

	@Override
	public int order() {
		return 95;
	}

	@Override
	public String name() {
		return "ledger-head";
	}

	@Override
	public void seed(DemoDataset dataset) {
		TreeHeadView head = ledger.signTreeHead();
		log.info("Demo data: the ledger holds {} entries, signed head of size {}", head.currentSize(), head.treeSize());
	}

}
