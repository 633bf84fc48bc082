/**
 * Inspection plans (抽查计划): versions, approval and the rule table. A named interface, so that the demo
 * loader can create and approve plans through {@link org.weijian.inspection.plan.Plans}.
 */
@NamedInterface("plan")
@NullMarked
package org.weijian.inspection.plan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
