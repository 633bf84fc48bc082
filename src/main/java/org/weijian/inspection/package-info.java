/**
 * 双随机、一公开 — random inspection plans (抽查计划) with publicly verifiable draws (issue 4): plans and
 * their approval, frozen object and inspector pools, the announcement of the future entropy sources, the
 * RFC 3797 draw, inspection tasks and their results, publication (一公开), coverage, and the subjects' risk
 * tiers (风险分级).
 */
@ApplicationModule(displayName = "Random inspections",
		allowedDependencies = { "shared", "identity", "region", "agency", "registry", "ledger" })
@NullMarked
package org.weijian.inspection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
