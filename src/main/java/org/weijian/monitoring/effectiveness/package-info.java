/**
 * Effectiveness (成效) of the claims rules: per rule code, the leads it raised and how they ended, and the
 * amounts confirmed and recovered (ADR 0047).
 */
@NullMarked
package org.weijian.monitoring.effectiveness;

import org.jspecify.annotations.NullMarked;
