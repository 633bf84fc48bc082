/**
 * 回避 — declared conflicts between inspectors and subjects, exposed to other modules (the demo loader) as the named interface {@code recusal}.
 */
@NamedInterface("recusal")
@NullMarked
package org.weijian.inspection.recusal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
