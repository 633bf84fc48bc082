/**
 * Leads (线索) raised from monitoring findings and their review 初审 → 复审 → 申诉 → 核查 → 处理, the
 * institution's portal for its appeals, and the configurable time limit of each stage (ADR 0045, 0046). The
 * demo loader drives {@link org.weijian.monitoring.lead.Leads} and {@link org.weijian.monitoring.lead.Appeals}
 * as the demo users, hence the named interface.
 */
@NamedInterface("lead")
@NullMarked
package org.weijian.monitoring.lead;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
