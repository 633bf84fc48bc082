/**
 * 抽查计划 — random inspection plans: versions, approval, withdrawal, the rule table
 * ({@code inspection_rule}) and the plan pages and REST API. {@link org.weijian.inspection.plan.Plans}
 * is the entry point; exposed as a named interface so that the demo data loader can draft and approve
 * plans through it.
 */
@NamedInterface("plan")
@NullMarked
package org.weijian.inspection.plan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
