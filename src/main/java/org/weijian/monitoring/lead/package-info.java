/**
 * Leads (线索) raised from monitoring findings and their review 初审 → 复审 → 申诉 → 核查 → 处理, the
 * institution's portal for its appeals, and the configurable time limit of each stage (ADR 0045, 0046).
 */
@NullMarked
package org.weijian.monitoring.lead;

import org.jspecify.annotations.NullMarked;
