/**
 * Inspection tasks (检查任务) created from a confirmed draw, their results recorded by the drawn inspectors,
 * the confirmation for publication (一公开) with its working-day due date, and the public results. The
 * demo loader may call {@link org.weijian.inspection.task.Tasks}, hence the named interface.
 */
@NamedInterface("task")
@NullMarked
package org.weijian.inspection.task;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
