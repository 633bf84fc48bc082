/**
 * 工作日历 — working days by the State Council holiday notices, exposed to other modules as the named interface {@code calendar}.
 */
@NamedInterface("calendar")
@NullMarked
package org.weijian.inspection.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
